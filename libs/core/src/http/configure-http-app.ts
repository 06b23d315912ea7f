import compression from 'compression';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';
import type { RootLogger } from '../logging/logger';
import { ForegroundActivity } from '../runtime/foreground-activity';
import { HttpExceptionFilter } from './http-exception.filter';
import { buildOpenApiDocument } from './openapi-document';
import { RequestInputInterceptor } from './request-input.interceptor';
import { requestLoggingMiddleware } from './request-logging.middleware';
import { createValidationPipe } from './validation';

export const API_PREFIX = 'api/v1';

/** Where the API mounts the administrators' queue dashboard (bull-board, apps/api), outside the versioned API. */
export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

/**
 * Everything an HTTP process puts in front of the controllers; shared by main.ts and the e2e app factory so tests
 * exercise the same glue.
 */
export function configureHttpApp(app: NestExpressApplication, config: AppConfig, logger: RootLogger): void {
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'extended');
  app.disable('x-powered-by');
  // Hashing every JSON body for a weak ETag costs more than it saves an API whose clients do not revalidate; the bed
  // board, which they poll, sets a tag of its version instead (exposed to CORS callers below).
  app.set('etag', false);
  // Background work on embedded PGlite gives way while people's requests are in flight (ForegroundActivity, a
  // provider of the core module).
  app.use(app.get(ForegroundActivity).middleware());
  app.use(requestLoggingMiddleware(logger));
  // gzip for the web app's scripts and the larger JSON answers (a board's batched series): on a county office's line
  // the bytes cost more than the CPU.
  app.use(compression({ threshold: 1024 }));
  // Strict headers everywhere; the browser pages served beside the API get a policy of their own.
  // Everything else, the web app included: scripts only from this origin and never inline. Styles may be inline, as
  // Ant Design writes its CSS at run time. Browsers are told to upgrade to https only where Yiyang is served over it
  // (on a LAN address over http the upgrade would break every asset).
  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        styleSrc: ["'self'", "'unsafe-inline'"],
        upgradeInsecureRequests: config.publicBaseUrl.startsWith('https:') ? [] : null,
      },
    },
  });
  const pages: [pathPrefix: string, headers: RequestHandler][] = [
    // The OpenAPI viewer: its inline script and styles.
    [
      '/api/docs',
      helmet({
        contentSecurityPolicy: {
          directives: { scriptSrc: ["'self'", "'unsafe-inline'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
        },
      }),
    ],
    // bull-board: its own scripts, and inline styles; not the Google Fonts stylesheet it links, which many networks
    // in China never answer (the page would wait on it), so it falls back to local fonts at once.
    [
      QUEUE_DASHBOARD_PATH,
      helmet({
        contentSecurityPolicy: {
          directives: { scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], fontSrc: ["'self'", 'data:'], imgSrc: ["'self'", 'data:'] },
        },
      }),
    ],
  ];
  app.use((req: Request, res: Response, next: NextFunction) =>
    (pages.find(([prefix]) => req.path.startsWith(prefix))?.[1] ?? strict)(req, res, next),
  );
  if (config.corsOrigins.length) {
    app.enableCors({ origin: config.corsOrigins, credentials: false, exposedHeaders: ['X-Request-Id', 'Retry-After', 'ETag'] });
  }
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  app.useGlobalInterceptors(new RequestInputInterceptor());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter(logger));
  if (config.openApiEnabled) {
    SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
      jsonDocumentUrl: 'api/docs-json',
      useGlobalPrefix: false,
    });
  }
}
