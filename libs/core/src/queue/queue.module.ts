import { type DynamicModule, Inject, Injectable, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { ROOT_LOGGER } from '../logging/logger.tokens';
import type { RootLogger } from '../logging/logger';
import { BullJobQueue } from './bullmq-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobQueue } from './job-queue';
import { QueueName, RECURRING_JOBS } from './jobs';
import { QueueHeartbeatService } from './queue-heartbeat.service';

const CONSUME_JOBS = Symbol('CONSUME_JOBS');

/**
 * Starts consuming once every module is ready, and stops before anything closes: Nest runs every
 * beforeApplicationShutdown hook before the onApplicationShutdown ones, where TypeORM closes the pool.
 */
@Injectable()
class QueueLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly queue: JobQueue,
    @Inject(CONSUME_JOBS) private readonly consume: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.queue instanceof InProcessJobQueue) this.queue.start(RECURRING_JOBS);
    else if (this.consume && this.queue instanceof BullJobQueue) await this.queue.startConsuming(RECURRING_JOBS);
    else if (this.queue instanceof BullJobQueue) await this.queue.connect();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.queue instanceof InProcessJobQueue) await this.queue.stop();
    else if (this.queue instanceof BullJobQueue) await this.queue.close();
  }
}

@Module({})
export class QueueModule {
  /**
   * @param consume whether this process runs BullMQ workers (the worker app). Without Redis the jobs always run
   * in-process, whatever this says.
   */
  static forRoot(options: { consume: boolean }): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        JobHandlerRegistry,
        QueueHeartbeatService,
        QueueLifecycle,
        { provide: CONSUME_JOBS, useValue: options.consume },
        {
          provide: JobQueue,
          inject: [AppConfig, JobHandlerRegistry, ROOT_LOGGER],
          useFactory: (config: AppConfig, registry: JobHandlerRegistry, logger: RootLogger): JobQueue =>
            config.redisUrl
              ? new BullJobQueue({ redisUrl: config.redisUrl, prefix: config.queuePrefix, concurrency: { [QueueName.Kpi]: config.rollupConcurrency } }, registry, logger)
              : new InProcessJobQueue(registry, logger, config.embeddedDatabase ? {} : { [QueueName.Kpi]: config.rollupConcurrency }),
        },
      ],
      exports: [JobQueue, QueueHeartbeatService],
    };
  }
}
