import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { AdminBootstrapService } from '@yiyang/auth';
import {
  ConfigError,
  configureHttpApp,
  createRootLogger,
  loadConfig,
  PinoNestLogger,
  StartUpProgress,
  startRuntime,
  stopOnSignals,
  type AppConfig,
  type Runtime,
} from '@yiyang/core';
import { ApiModule } from './api.module';
import { DemoAccountsService, type DemoLogin } from './demo/demo-accounts.service';
import { DemoDataService } from './demo/demo-data.service';
import { listenWhileStarting } from './startup/starting-server';

function banner(config: AppConfig, url: string, demoLogin: { username: string; password: string } | null, demoAccounts: DemoLogin[]): string {
  const lines = [
    '',
    '  Yiyang 颐养 is running',
    `  Open         ${url}/   (the web app: 指标看板 and more)`,
    `  API          ${url}/api/v1`,
    `  API docs     ${url}/api/docs`,
    `  Readiness    ${url}/health/ready`,
    `  Database     ${config.embeddedDatabase ? `embedded PGlite in ${config.dataDir}/ (set DATABASE_URL for PostgreSQL)` : 'PostgreSQL (DATABASE_URL)'}`,
    `  Jobs         ${config.inProcessJobs ? 'in-process (set REDIS_URL for BullMQ workers)' : 'BullMQ on Redis (run `npm run start:worker`)'}`,
  ];
  if (demoLogin) lines.push(`  Log in       ${demoLogin.username} / ${demoLogin.password}   (demo administrator: change the password)`);
  for (const account of demoAccounts) lines.push(`               ${account.username} / ${account.password}   (demo ${account.who})`);
  return `${lines.join('\n')}\n\n`;
}

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  // The port opens first: a first start (the embedded database's initdb, the demo data) takes a while, and a
  // browser should see a page that says so rather than "connection refused".
  const progress = new StartUpProgress();
  const starting = await listenWhileStarting(config, progress);
  logger.info({ url: starting.url }, 'listening; starting up (GET /health/ready says how far)');
  let app: NestExpressApplication | undefined;
  let runtime: Runtime | undefined;
  stopOnSignals(
    [
      {
        name: 'closing the application (HTTP requests, jobs, database pool)',
        // The application owns the server once it exists (its adapter closes it); before that, only the server is open.
        run: () => app?.close() ?? new Promise<void>((resolve) => starting.server.close(() => resolve())),
      },
      { name: 'stopping the embedded database', run: async () => runtime?.stop() },
    ],
    logger,
    {
      graceMs: config.shutdownGraceMs,
      inFlight: () =>
        new Promise((resolve, reject) => starting.server.getConnections((error, count) => (error ? reject(error) : resolve({ httpConnections: count })))),
    },
  );
  runtime = await startRuntime(config, logger, progress);
  progress.enter('application');
  const adapter = new ExpressAdapter();
  app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(runtime), adapter, { logger: new PinoNestLogger(logger) });
  // The application answers on the server that is already listening instead of one of its own.
  adapter.setHttpServer(starting.server);
  configureHttpApp(app, config, logger);
  await app.init();
  await app.get(DemoDataService).loadOnFirstStart();
  starting.serve(adapter.getInstance());
  logger.info(
    {
      url: starting.url,
      mode: config.embeddedDatabase ? 'embedded' : 'production',
      jobs: config.inProcessJobs ? 'in-process' : 'bullmq',
      startMs: Date.now() - started,
    },
    'Yiyang API ready',
  );
  process.stdout.write(banner(config, starting.url, await app.get(AdminBootstrapService).demoLogin(), await app.get(DemoAccountsService).logins()));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Yiyang API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
