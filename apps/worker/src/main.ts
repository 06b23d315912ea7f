import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, createRootLogger, loadConfig, PinoNestLogger, startRuntime, stopOnSignals } from '@yiyang/core';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  if (!config.redisUrl || !config.databaseUrl) {
    throw new ConfigError([
      ...(!config.databaseUrl ? [{ variable: 'DATABASE_URL', reason: 'the worker needs PostgreSQL; embedded mode runs jobs inside the API' }] : []),
      ...(!config.redisUrl ? [{ variable: 'REDIS_URL', reason: 'the worker consumes BullMQ queues; without Redis the API runs jobs in-process' }] : []),
    ]);
  }
  const logger = createRootLogger(config.logLevel);
  const runtime = await startRuntime(config, logger);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime), { logger: new PinoNestLogger(logger) });
  stopOnSignals(
    [
      { name: 'closing the worker (running jobs, queues, database pool)', run: () => app.close() },
      { name: 'stopping the runtime', run: () => runtime.stop() },
    ],
    logger,
    { graceMs: config.shutdownGraceMs },
  );
  logger.info({ startMs: Date.now() - started }, 'Yiyang worker consuming queues');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Yiyang worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
