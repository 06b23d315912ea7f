import { writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FlowProducer, Job, Queue, Worker, type ConnectionOptions } from 'bullmq';
import Redis from 'ioredis';
import { ServiceUnavailableError } from '../errors/domain-errors';
import type { RootLogger } from '../logging/logger';
import { redisDurabilityProblems } from '../redis/redis-durability';
import { JobHandlerRegistry } from './job-handler.registry';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, JobQueue, RETENTION, type EnqueueOptions, type Flow, type JobState, type JobStatus, type QueueCounts } from './job-queue';
import { assertJobId, QUEUE_OF_JOB, QueueName, type JobName, type JobPayloads, type RecurringJob } from './jobs';

/** Touched by a consuming worker while its queues answer; the container health check reads its age. */
export const WORKER_LIVENESS_FILE = join(tmpdir(), 'yiyang-worker.alive');
const LIVENESS_INTERVAL_MS = 15_000;

/** What a refused caller is told to wait: ioredis tries to reconnect every 2 s at most. */
export const REDIS_RETRY_AFTER_SECONDS = 10;

/** How long shutdown lets running jobs finish before it stops waiting for them. */
const CLOSE_GRACE_MS = 8_000;

/** How long start-up waits for Redis before it goes on without it (requests that need it then answer 503). */
const CONNECT_WAIT_MS = 5_000;

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
  /**
   * The one connection every producer shares. Without an offline queue a command fails at once while Redis is away
   * instead of hanging the request; its status tells whether to try at all.
   */
  private readonly producer: Redis;
  private recurring: RecurringJob[] = [];
  private readonly onReconnect = () => void this.restoreSchedulers();
  private livenessTimer?: NodeJS.Timeout;

  constructor(
    private readonly options: BullJobQueueOptions,
    private readonly registry: JobHandlerRegistry,
    private readonly logger: RootLogger,
  ) {
    super();
    this.workerConnection = { url: options.redisUrl, maxRetriesPerRequest: null } as ConnectionOptions;
    this.producer = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    // BullMQ neither closes nor reconfigures a connection it was given.
    const producerConnection = this.producer as unknown as ConnectionOptions;
    for (const name of Object.values(QueueName)) {
      this.queues.set(name, new Queue(name, { connection: producerConnection, prefix: options.prefix }));
    }
    this.flows = new FlowProducer({ connection: producerConnection, prefix: options.prefix });
    // Every reconnect attempt while Redis is away fails; requests answer 503 and readiness says so, one line each is noise.
    const quietly = (error: Error) => this.logger.debug({ err: error }, 'job queue connection error');
    for (const queue of this.queues.values()) queue.on('error', quietly);
    this.flows.on('error', quietly);
  }

  /** Waits a little for the first connection, so that requests right after start-up do not meet a 503. */
  async connect(): Promise<void> {
    if (this.producer.status === 'ready') return;
    const ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), CONNECT_WAIT_MS);
      this.producer.once('ready', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!(await ready)) this.logger.warn({ waitedMs: CONNECT_WAIT_MS }, 'Redis does not answer yet: requests that need jobs answer 503 until it does');
  }

  /** Refuses at once, with a 503 and Retry-After, while Redis is away. */
  ensureAvailable(): void {
    if (this.producer.status !== 'ready') {
      throw new ServiceUnavailableError('Jobs are unavailable: Redis does not answer; try again shortly', REDIS_RETRY_AFTER_SECONDS);
    }
  }

  /** Runs producer commands, or refuses while Redis is away; a command cut off by a lost connection is refused too. */
  private async onRedis<T>(work: () => Promise<T>): Promise<T> {
    this.ensureAvailable();
    try {
      return await work();
    } catch (error) {
      this.ensureAvailable();
      throw error;
    }
  }

  private queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  /** The producer-side queue of every QueueName, for tools that read BullMQ directly (the admin queue dashboard). */
  bullQueues(): Queue[] {
    return [...this.queues.values()];
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<{ id: string }> {
    const job = await this.onRedis(() =>
      this.queue(QUEUE_OF_JOB[name]).add(name, payload, {
        jobId: options.jobId ? assertJobId(options.jobId) : undefined,
        delay: options.delayMs,
        ...jobOptions(options),
      }),
    );
    return { id: job.id! };
  }

  async enqueueFlow<P extends JobName, C extends JobName>(flow: Flow<P, C>): Promise<{ id: string }> {
    const options = jobOptions({ attempts: flow.attempts, backoffMs: flow.backoffMs });
    const node = await this.onRedis(() => this.flows.add({
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
    }));
    return { id: node.job.id! };
  }

  removeFinished(jobId: string): Promise<boolean> {
    return this.onRedis(() => this.removeFinishedJob(jobId));
  }

  private async removeFinishedJob(jobId: string): Promise<boolean> {
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

  getJob(jobId: string): Promise<JobStatus | undefined> {
    return this.onRedis(() => this.findJob(jobId));
  }

  private async findJob(jobId: string): Promise<JobStatus | undefined> {
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

  counts(): Promise<QueueCounts[]> {
    return this.onRedis(() => this.countJobs());
  }

  private countJobs(): Promise<QueueCounts[]> {
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

  /** The ids of the recurring jobs whose BullMQ scheduler Redis does not have. */
  missingSchedulers(recurring: RecurringJob[]): Promise<string[]> {
    return this.onRedis(async () => {
      const found = await Promise.all(recurring.map((schedule) => this.queue(QUEUE_OF_JOB[schedule.name]).getJobScheduler(schedule.id)));
      return recurring.filter((_schedule, index) => !found[index]).map((schedule) => schedule.id);
    });
  }

  private async upsertSchedulers(recurring: RecurringJob[]): Promise<void> {
    for (const schedule of recurring) {
      await this.queue(QUEUE_OF_JOB[schedule.name]).upsertJobScheduler(
        schedule.id,
        schedule.cron ? { pattern: schedule.cron, tz: schedule.timeZone } : { every: schedule.every },
        { name: schedule.name, data: schedule.payload, opts: jobOptions() },
      );
    }
  }

  /**
   * Recreates the schedulers Redis no longer has: after it restarted without its data, was flushed or evicted keys.
   * Runs on every reconnect and with each liveness stamp; upserting is idempotent, so several workers may race.
   */
  private async restoreSchedulers(): Promise<void> {
    try {
      const missing = await this.missingSchedulers(this.recurring);
      if (!missing.length) return;
      await this.upsertSchedulers(this.recurring.filter((schedule) => missing.includes(schedule.id)));
      this.logger.warn({ schedulers: missing }, 'job schedulers were missing from Redis and are recreated');
    } catch (error) {
      this.logger.warn({ err: error }, 'job schedulers not checked');
    }
  }

  /** Says at start-up when Redis would lose job state on a restart or under memory pressure. */
  private async warnUnlessDurable(): Promise<void> {
    // Like the workers, start-up waits for Redis however long it takes.
    await this.queue(QueueName.System).waitUntilReady();
    const problems = await redisDurabilityProblems(this.producer);
    if (problems === undefined) {
      this.logger.warn('Redis refuses CONFIG GET: make sure it runs with appendonly yes and maxmemory-policy noeviction (docs/operations.md)');
    } else if (problems.length) {
      this.logger.warn({ problems }, 'Redis may lose job state: see docs/operations.md');
    }
  }

  /** Consumes every queue in this process (the worker) and upserts the recurring jobs, again whenever Redis comes back. */
  async startConsuming(recurring: RecurringJob[]): Promise<void> {
    this.registry.verify();
    this.recurring = recurring;
    await this.warnUnlessDurable();
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
    // Listening before the first upsert: a reconnect in between is not missed (a second upsert changes nothing).
    this.producer.on('ready', this.onReconnect);
    await this.upsertSchedulers(recurring);
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
    await this.touchLiveness();
    this.livenessTimer = setInterval(() => void this.touchLiveness(), LIVENESS_INTERVAL_MS);
    this.livenessTimer.unref();
  }

  /**
   * Stamps WORKER_LIVENESS_FILE while every worker runs and Redis answers; a stale file means this process is stuck.
   * A FLUSHALL loses the schedulers without a reconnect: the same tick puts them back.
   */
  private async touchLiveness(): Promise<void> {
    try {
      if (!this.workers.every((worker) => worker.isRunning())) return;
      await this.onRedis(() => this.queue(QueueName.System).getJobCounts('active'));
      await writeFile(WORKER_LIVENESS_FILE, new Date().toISOString());
      await this.restoreSchedulers();
    } catch (error) {
      this.logger.warn({ err: error }, 'worker liveness not confirmed');
    }
  }

  async close(): Promise<void> {
    clearInterval(this.livenessTimer);
    // Running jobs may finish, within a bound: a job whose keys Redis lost (a restart without data, a FLUSHALL) never
    // completes in BullMQ's eyes, and waiting for it would hold shutdown for ever. Its work is in a transaction.
    let timer: NodeJS.Timeout | undefined;
    const graceful = Promise.all(this.workers.map((worker) => worker.close())).then(() => true);
    const bounded = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CLOSE_GRACE_MS)));
    if (!(await Promise.race([graceful, bounded]))) {
      // BullMQ's close, once begun, cannot be forced: its connections are cut instead, and the jobs left to the stall check.
      this.logger.warn({ graceMs: CLOSE_GRACE_MS }, 'jobs still running at shutdown: the workers are disconnected');
      await Promise.all(this.workers.map((worker) => worker.disconnect().catch(() => undefined)));
    }
    clearTimeout(timer);
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.flows.close();
    this.producer.off('ready', this.onReconnect);
    await this.producer.quit().catch(() => this.producer.disconnect());
  }
}
