import { writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FlowProducer, Job, Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { RootLogger } from '../logging/logger';
import { JobHandlerRegistry } from './job-handler.registry';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, JobQueue, RETENTION, type EnqueueOptions, type Flow, type JobState, type JobStatus, type QueueCounts } from './job-queue';
import { assertJobId, QUEUE_OF_JOB, QueueName, type JobName, type JobPayloads, type RecurringJob } from './jobs';

/** Touched by a consuming worker while its queues answer; the container health check reads its age. */
export const WORKER_LIVENESS_FILE = join(tmpdir(), 'yiyang-worker.alive');
const LIVENESS_INTERVAL_MS = 15_000;

/** Retries, backoff and retention, the same for enqueued and scheduled jobs (and as the in-process queue keeps them). */
function jobOptions(options: EnqueueOptions = {}) {
  return {
    attempts: options.attempts ?? DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
    removeOnComplete: { age: RETENTION.completed.ageMs / 1_000, count: RETENTION.completed.count },
    removeOnFail: { age: RETENTION.failed.ageMs / 1_000, count: RETENTION.failed.count },
  };
}

function toJobState(state: string): JobState {
  if (state === 'prioritized' || state === 'waiting-children') return 'waiting';
  return (['waiting', 'delayed', 'active', 'completed', 'failed'] as const).find((known) => known === state) ?? 'unknown';
}

export interface BullJobQueueOptions {
  redisUrl: string;
  prefix: string;
  /** Jobs of a queue that run at once in this process (default one). */
  concurrency?: Partial<Record<QueueName, number>>;
}

/** BullMQ over Redis: the API enqueues, any number of workers consume. */
export class BullJobQueue extends JobQueue {
  readonly mode = 'bullmq' as const;
  /** Workers block on Redis: BullMQ requires maxRetriesPerRequest null on their connections. */
  private readonly workerConnection: ConnectionOptions;
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private readonly flows: FlowProducer;
  private livenessTimer?: NodeJS.Timeout;

  constructor(
    private readonly options: BullJobQueueOptions,
    private readonly registry: JobHandlerRegistry,
    private readonly logger: RootLogger,
  ) {
    super();
    this.workerConnection = { url: options.redisUrl, maxRetriesPerRequest: null } as ConnectionOptions;
    // Producers fail fast while Redis is away instead of queueing the command and hanging the request.
    const producerConnection = { url: options.redisUrl, enableOfflineQueue: false, maxRetriesPerRequest: 1 } as ConnectionOptions;
    for (const name of Object.values(QueueName)) {
      this.queues.set(name, new Queue(name, { connection: producerConnection, prefix: options.prefix }));
    }
    this.flows = new FlowProducer({ connection: producerConnection, prefix: options.prefix });
  }

  private queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  /** The producer-side queue of every QueueName, for tools that read BullMQ directly (the admin queue dashboard). */
  bullQueues(): Queue[] {
    return [...this.queues.values()];
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<{ id: string }> {
    const job = await this.queue(QUEUE_OF_JOB[name]).add(name, payload, {
      jobId: options.jobId ? assertJobId(options.jobId) : undefined,
      delay: options.delayMs,
      ...jobOptions(options),
    });
    return { id: job.id! };
  }

  async enqueueFlow<P extends JobName, C extends JobName>(flow: Flow<P, C>): Promise<{ id: string }> {
    const options = jobOptions({ attempts: flow.attempts, backoffMs: flow.backoffMs });
    const node = await this.flows.add({
      name: flow.name,
      queueName: QUEUE_OF_JOB[flow.name],
      data: flow.payload,
      opts: { jobId: assertJobId(flow.jobId), ...options },
      children: flow.children.map((child) => ({
        name: child.name,
        queueName: QUEUE_OF_JOB[child.name],
        data: child.payload,
        // A child failing for good fails the parent, instead of leaving it waiting for ever.
        opts: { jobId: assertJobId(child.jobId), failParentOnFailure: true, ...options },
      })),
    });
    return { id: node.job.id! };
  }

  async removeFinished(jobId: string): Promise<boolean> {
    for (const queue of this.queues.values()) {
      const job = await Job.fromId(queue, jobId);
      if (!job) continue;
      const state = await job.getState();
      if (state !== 'completed' && state !== 'failed') return false;
      await job.remove({ removeChildren: true });
      return true;
    }
    return false;
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
        { connection: this.workerConnection, prefix: this.options.prefix, concurrency: this.options.concurrency?.[name] ?? 1, name: workerName },
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
        { name: schedule.name, data: schedule.payload, opts: jobOptions() },
      );
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
    await this.touchLiveness();
    this.livenessTimer = setInterval(() => void this.touchLiveness(), LIVENESS_INTERVAL_MS);
    this.livenessTimer.unref();
  }

  /** Stamps WORKER_LIVENESS_FILE while every worker runs and Redis answers; a stale file means this process is stuck. */
  private async touchLiveness(): Promise<void> {
    try {
      if (!this.workers.every((worker) => worker.isRunning())) return;
      await this.queue(QueueName.System).getJobCounts('active');
      await writeFile(WORKER_LIVENESS_FILE, new Date().toISOString());
    } catch (error) {
      this.logger.warn({ err: error }, 'worker liveness not confirmed');
    }
  }

  async close(): Promise<void> {
    clearInterval(this.livenessTimer);
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.flows.close();
  }
}
