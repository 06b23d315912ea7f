import 'reflect-metadata';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AdminBootstrapService } from '@yiyang/auth';
import {
  ConfigError,
  configureHttpApp,
  createRootLogger,
  loadConfig,
  PinoNestLogger,
  startRuntime,
  stopOnSignals,
  type AppConfig,
} from '@yiyang/core';
import { ApiModule } from './api.module';
import { DemoDataService } from './demo/demo-data.service';

function banner(config: AppConfig, url: string, demoLogin: { username: string; password: string } | null): string {
  const lines = [
    '',
    '  Yiyang 颐养 is running',
    `  API          ${url}/api/v1`,
    `  API docs     ${url}/api/docs`,
    `  Readiness    ${url}/health/ready`,
    `  Database     ${config.embeddedDatabase ? `embedded PGlite in ${config.dataDir}/ (set DATABASE_URL for PostgreSQL)` : 'PostgreSQL (DATABASE_URL)'}`,
    `  Jobs         ${config.inProcessJobs ? 'in-process (set REDIS_URL for BullMQ workers)' : 'BullMQ on Redis (run `npm run start:worker`)'}`,
  ];
  if (demoLogin) lines.push(`  Log in       ${demoLogin.username} / ${demoLogin.password}   (demo administrator: change the password)`);
  return `${lines.join('\n')}\n\n`;
}

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const runtime = await startRuntime(config, logger);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(runtime), {
    logger: new PinoNestLogger(logger),
  });
  configureHttpApp(app, config, logger);
  await app.init();
  await app.get(DemoDataService).loadOnFirstStart();
  await app.listen(config.port, config.host);
  const server = app.getHttpServer() as Server;
  stopOnSignals(
    [
      { name: 'closing the application (HTTP requests, jobs, database pool)', run: () => app.close() },
      { name: 'stopping the embedded database', run: () => runtime.stop() },
    ],
    logger,
    {
      graceMs: config.shutdownGraceMs,
      inFlight: () => new Promise((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve({ httpConnections: count })))),
    },
  );
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info(
    { url, mode: config.embeddedDatabase ? 'embedded' : 'production', jobs: config.inProcessJobs ? 'in-process' : 'bullmq', startMs: Date.now() - started },
    'Yiyang API ready',
  );
  process.stdout.write(banner(config, url, await app.get(AdminBootstrapService).demoLogin()));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Yiyang API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
