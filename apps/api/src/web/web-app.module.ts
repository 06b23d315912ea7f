import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { AppConfig } from '@yiyang/core';
import type { Response } from 'express';

/** Vite names every file under assets/ by its content hash: a changed file is a new name, so browsers keep them a year. */
const HASHED_ASSETS = /[\\/]assets[\\/]/;

/**
 * The web app (apps/web, built to WEB_ROOT) at `/`: its files, and index.html for every other path outside the API,
 * the API documents and health (the app's router takes it from there, so a shared link opens the same view).
 * index.html is revalidated on every visit, so a new release is picked up at once. Its Content-Security-Policy is the
 * strict one of configureHttpApp: scripts only from this origin, no inline script.
 */
@Module({})
export class WebAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const rootPath = resolve(config.webRoot);
    if (!existsSync(join(rootPath, 'index.html'))) return { module: WebAppModule };
    return {
      module: WebAppModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath,
          // Outside the app: an unknown API path or a missing asset is a 404, not the app's page.
          exclude: ['/api/{*path}', '/health/{*path}', '/assets/{*path}'],
          serveStaticOptions: {
            index: false,
            setHeaders: (response: Response, path: string) => {
              response.setHeader('Cache-Control', HASHED_ASSETS.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
            },
          },
        }),
      ],
    };
  }
}
