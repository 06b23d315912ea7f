import { hostname } from 'node:os';
import { Job, Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { RootLogger } from '../logging/logger';
import { JobHandlerRegistry } from './job-handler.registry';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, JobQueue, type EnqueueOptions, type JobState, type JobStatus, type QueueCounts } from './job-queue';
import { assertJobId, QUEUE_OF_JOB, QueueName, type JobName, type JobPayloads, type RecurringJob } from './jobs';

const DAY_SECONDS = 24 * 60 * 60;

function toJobState(state: string): JobState {
  if (state === 'prioritized' || state === 'waiting-children') return 'waiting';
  return (['waiting', 'delayed', 'active', 'completed', 'failed'] as const).find((known) => known === state) ?? 'unknown';
}

export interface BullJobQueueOptions {
  redisUrl: string;
  prefix: string;
  /** Jobs of one queue run at once in this process. */
  concurrency?: number;
}

/** BullMQ over Redis: the API enqueues, any number of workers consume. */
export class BullJobQueue extends JobQueue {
  readonly mode = 'bullmq' as const;
  private readonly connection: ConnectionOptions;
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];

  constructor(
    private readonly options: BullJobQueueOptions,
    private readonly registry: JobHandlerRegistry,
    private readonly logger: RootLogger,
  ) {
    super();
    // Workers block on Redis: BullMQ requires maxRetriesPerRequest null on their connections.
    this.connection = { url: options.redisUrl, maxRetriesPerRequest: null } as ConnectionOptions;
    for (const name of Object.values(QueueName)) {
      this.queues.set(name, new Queue(name, { connection: this.connection, prefix: options.prefix }));
    }
  }

  private queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<{ id: string }> {
    const job = await this.queue(QUEUE_OF_JOB[name]).add(name, payload, {
      jobId: options.jobId ? assertJobId(options.jobId) : undefined,
      delay: options.delayMs,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: 'exponential', delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
      removeOnComplete: { age: 7 * DAY_SECONDS, count: 1_000 },
      removeOnFail: { age: 30 * DAY_SECONDS },
    });
    return { id: job.id! };
  }

  async getJob(jobId: string): Promise<JobStatus | undefined> {
    for (const [queueName, queue] of this.queues) {
      const job = await Job.fromId(queue, jobId);
      if (!job) continue;
      const state = await job.getState();
      return {
        id: job.id!,
        name: job.name,
        queue: queueName,
        state: toJobState(state),
        progress: job.progress as number | object,
        attemptsMade: job.attemptsMade,
        failedReason: job.failedReason || undefined,
        result: job.returnvalue ?? undefined,
        enqueuedAt: new Date(job.timestamp).toISOString(),
        finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : undefined,
      };
    }
    return undefined;
  }

  async counts(): Promise<QueueCounts[]> {
    return Promise.all(
      [...this.queues].map(async ([queue, q]) => {
        const counts = await q.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
        return {
          queue,
          waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
          delayed: counts.delayed ?? 0,
          active: counts.active ?? 0,
          completed: counts.completed ?? 0,
          failed: counts.failed ?? 0,
        };
      }),
    );
  }

  /** Consumes every queue in this process (the worker) and upserts the recurring jobs. */
  async startConsuming(recurring: RecurringJob[]): Promise<void> {
    this.registry.verify();
    const workerName = `${hostname()}-${process.pid}`;
    for (const name of Object.values(QueueName)) {
      const worker = new Worker(
        name,
        (job) =>
          this.registry.dispatch(job.name as JobName, job.data, {
            jobId: job.id!,
            attempt: job.attemptsMade + 1,
            reportProgress: (progress) => job.updateProgress(progress),
          }),
        { connection: this.connection, prefix: this.options.prefix, concurrency: this.options.concurrency ?? 1, name: workerName },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn({ jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: error }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.error({ err: error, queue: name }, 'worker error'));
      this.workers.push(worker);
    }
    for (const schedule of recurring) {
      await this.queue(QUEUE_OF_JOB[schedule.name]).upsertJobScheduler(
        schedule.id,
        schedule.cron ? { pattern: schedule.cron, tz: schedule.timeZone } : { every: schedule.every },
        { name: schedule.name, data: schedule.payload },
      );
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
