import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from './config/app-config';
import { ImportJobsService } from './files/import-jobs.service';
import { PersonalDataCipher } from './crypto/personal-data-cipher';
import { createDataSourceOptions } from './database/data-source-options';
import { MigrationRunner } from './database/migration-runner';
import { guardTransactions } from './database/transaction-context';
import { TypeOrmPinoLogger } from './database/typeorm-pino.logger';
import { ReadinessService } from './health/readiness.service';
import type { RootLogger } from './logging/logger';
import { ROOT_LOGGER } from './logging/logger.tokens';
import { QueueModule } from './queue/queue.module';
import { RedisModule } from './redis/redis.module';
import { StartUpProgress } from './runtime/start-up-progress';
import { ForegroundActivity } from './runtime/foreground-activity';

export interface CoreModuleOptions {
  config: AppConfig;
  logger: RootLogger;
  /** DATABASE_URL, or the URL of the embedded server started before the application. */
  databaseUrl: string;
  applicationName: string;
  /** Whether this process consumes BullMQ queues (the worker). */
  consumeJobs: boolean;
  /** Where migrations and the demo load report while the API starts; a fresh one (read by no one) otherwise. */
  progress?: StartUpProgress;
}

@Global()
@Module({})
class ConfigAndLoggerModule {
  static forRoot(config: AppConfig, logger: RootLogger, progress: StartUpProgress): DynamicModule {
    return {
      module: ConfigAndLoggerModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: StartUpProgress, useValue: progress },
        { provide: ForegroundActivity, useValue: new ForegroundActivity() },
        {
          provide: PersonalDataCipher,
          useFactory: () => {
            if (!config.dataEncryptionKeys || !config.dataHashKey) throw new Error('DATA_ENCRYPTION_KEYS and DATA_HASH_KEY are not set');
            return new PersonalDataCipher(config.dataEncryptionKeys, config.dataHashKey);
          },
        },
      ],
      exports: [AppConfig, ROOT_LOGGER, StartUpProgress, ForegroundActivity, PersonalDataCipher],
    };
  }
}

/** Config, logger, database, Redis, jobs and readiness: what both the API and the worker stand on. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    const { config, logger } = options;
    return {
      module: CoreModule,
      imports: [
        ConfigAndLoggerModule.forRoot(config, logger, options.progress ?? new StartUpProgress()),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...createDataSourceOptions({
              url: options.databaseUrl,
              poolSize: config.databasePoolSize,
              applicationName: options.applicationName,
            }),
            logger: new TypeOrmPinoLogger(logger),
            maxQueryExecutionTime: 1_000,
          }),
          dataSourceFactory: async (dataSourceOptions) =>
            guardTransactions(new DataSource(dataSourceOptions!), {
              // PGlite would freeze; tests on PostgreSQL find every offender the same way.
              onSecondConnection: config.embeddedDatabase || config.nodeEnv === 'test' ? 'throw' : 'warn',
              logger,
            }),
        }),
        RedisModule,
        QueueModule.forRoot({ consume: options.consumeJobs }),
        TerminusModule,
      ],
      providers: [ReadinessService, MigrationRunner, ImportJobsService],
      exports: [ReadinessService, ImportJobsService],
    };
  }
}
