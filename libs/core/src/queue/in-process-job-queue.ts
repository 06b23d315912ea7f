import { randomUUID } from 'node:crypto';
import { CronExpressionParser } from 'cron-parser';
import { outsideTransaction } from '../database/transaction-context';
import type { RootLogger } from '../logging/logger';
import { JobHandlerRegistry } from './job-handler.registry';
import {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  JobQueue,
  RETENTION,
  type EnqueueOptions,
  type Flow,
  type JobState,
  type JobStatus,
  type QueueCounts,
} from './job-queue';
import { assertJobId, QUEUE_OF_JOB, QueueName, type JobName, type JobPayloads, type RecurringJob } from './jobs';

interface InProcessJob {
  id: string;
  name: JobName;
  queue: QueueName;
  payload: unknown;
  state: JobState;
  progress: number | object;
  attemptsMade: number;
  attempts: number;
  backoffMs: number;
  failedReason?: string;
  result?: unknown;
  enqueuedAt: Date;
  finishedAt?: Date;
  /** Ids of a flow parent's children, removed with it. */
  children?: string[];
  /** A flow child tells its parent how it ended. */
  onFinished?: (state: 'completed' | 'failed', reason?: string) => void;
}

/** setTimeout cannot wait longer than this (about 24.8 days); longer waits are taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs jobs inside the process when there is no Redis (embedded mode), with BullMQ's semantics where they matter:
 * deterministic ids deduplicate, failures retry with exponential backoff, recurring jobs follow the same
 * schedules. Jobs of one queue run one at a time, which also suits PGlite's single backend.
 */
export class InProcessJobQueue extends JobQueue {
  readonly mode = 'in-process' as const;
  private readonly jobs = new Map<string, InProcessJob>();
  /** Finished job ids per queue and outcome, oldest first, for retention. */
  private readonly finished = new Map<string, string[]>();
  /** Jobs waiting for a place in their queue's lane, and how many of each queue run now. */
  private readonly pending = new Map<QueueName, InProcessJob[]>();
  private readonly running = new Map<QueueName, number>();
  private readonly active = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  /**
   * @param concurrency jobs of a queue that may run at once (default one: PGlite has a single backend, and one at a
   * time keeps a queue's order)
   */
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly logger: RootLogger,
    private readonly concurrency: Partial<Record<QueueName, number>> = {},
  ) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<{ id: string }> {
    const id = options.jobId ? assertJobId(options.jobId) : randomUUID();
    if (this.jobs.has(id)) return { id };
    const job = this.newJob(id, name, payload, options);
    this.jobs.set(id, job);
    this.at(Date.now() + (options.delayMs ?? 0), () => this.runInLane(job));
    return { id };
  }

  /** Children run first (in their queue's lane, as many at once as its concurrency allows); the parent once all completed. */
  async enqueueFlow<P extends JobName, C extends JobName>(flow: Flow<P, C>): Promise<{ id: string }> {
    const id = assertJobId(flow.jobId);
    if (this.jobs.has(id)) return { id };
    const options = { attempts: flow.attempts, backoffMs: flow.backoffMs };
    const parent = this.newJob(id, flow.name, flow.payload, options);
    parent.children = flow.children.map((child) => assertJobId(child.jobId));
    this.jobs.set(id, parent);
    let pending = flow.children.length;
    for (const spec of flow.children) {
      const child = this.newJob(spec.jobId, spec.name, spec.payload, options);
      child.onFinished = (state, reason) => {
        if (parent.state !== 'waiting') return;
        if (state === 'failed') {
          parent.failedReason = `child ${child.id} failed: ${reason}`;
          this.finish(parent, 'failed');
        } else if (--pending === 0) {
          this.runInLane(parent);
        }
      };
      this.jobs.set(child.id, child);
      this.runInLane(child);
    }
    if (pending === 0) this.runInLane(parent);
    return { id };
  }

  async removeFinished(jobId: string): Promise<boolean> {
    const job = this.jobs.get(jobId);
    if (!job || (job.state !== 'completed' && job.state !== 'failed')) return false;
    for (const child of job.children ?? []) this.jobs.delete(child);
    this.jobs.delete(jobId);
    return true;
  }

  private newJob(id: string, name: JobName, payload: unknown, options: EnqueueOptions): InProcessJob {
    return {
      id,
      name,
      queue: QUEUE_OF_JOB[name],
      payload,
      state: options.delayMs ? 'delayed' : 'waiting',
      progress: 0,
      attemptsMade: 0,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
      enqueuedAt: new Date(),
    };
  }

  async getJob(jobId: string): Promise<JobStatus | undefined> {
    const job = this.jobs.get(jobId);
    if (!job) return undefined;
    return {
      id: job.id,
      name: job.name,
      queue: job.queue,
      state: job.state,
      progress: job.progress,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason,
      result: job.result,
      enqueuedAt: job.enqueuedAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString(),
    };
  }

  async counts(): Promise<QueueCounts[]> {
    return Object.values(QueueName).map((queue) => {
      const counts: QueueCounts = { queue, waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
      for (const job of this.jobs.values()) {
        if (job.queue === queue && job.state !== 'unknown') counts[job.state] += 1;
      }
      return counts;
    });
  }

  /** Starts the recurring jobs; called once the handlers are verified. */
  start(recurring: RecurringJob[]): void {
    this.registry.verify();
    for (const schedule of recurring) this.scheduleNext(schedule);
  }

  /** Stops timers and waits for the jobs that are running. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.active);
  }

  /** When a recurring job next runs after `now`: the next cron instant in its time zone, or the next multiple of `every`. */
  static nextRun(schedule: RecurringJob, now: number): number {
    if (schedule.cron) {
      return CronExpressionParser.parse(schedule.cron, { currentDate: new Date(now), tz: schedule.timeZone }).next().getTime();
    }
    return Math.floor(now / schedule.every!) * schedule.every! + schedule.every!;
  }

  private scheduleNext(schedule: RecurringJob): void {
    const next = InProcessJobQueue.nextRun(schedule, Date.now());
    this.at(next, () => {
      // Same id for the same slot, as BullMQ's scheduler does: a slot runs once.
      void this.enqueue(schedule.name, schedule.payload as JobPayloads[JobName], { jobId: `${schedule.id}-${next}` });
      this.scheduleNext(schedule);
    });
  }

  /** Runs `fn` at `timestamp`, in steps when that is further away than a timer can wait. */
  private at(timestamp: number, fn: () => void): void {
    if (this.stopped) return;
    const delay = Math.max(0, timestamp - Date.now());
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      if (delay > MAX_TIMER_MS) this.at(timestamp, fn);
      else fn();
    }, Math.min(delay, MAX_TIMER_MS));
    timer.unref();
    this.timers.add(timer);
  }

  private runInLane(job: InProcessJob): void {
    job.state = 'waiting';
    const pending = this.pending.get(job.queue) ?? [];
    pending.push(job);
    this.pending.set(job.queue, pending);
    this.drain(job.queue);
  }

  /** Starts waiting jobs of a queue, in order, while it has places. */
  private drain(queue: QueueName): void {
    const pending = this.pending.get(queue) ?? [];
    while (pending.length && (this.running.get(queue) ?? 0) < (this.concurrency[queue] ?? 1)) {
      const job = pending.shift()!;
      this.running.set(queue, (this.running.get(queue) ?? 0) + 1);
      const run: Promise<void> = this.execute(job).finally(() => {
        this.running.set(queue, this.running.get(queue)! - 1);
        this.active.delete(run);
        this.drain(queue);
      });
      this.active.add(run);
    }
  }

  private async execute(job: InProcessJob): Promise<void> {
    if (this.stopped) return;
    job.state = 'active';
    job.attemptsMade += 1;
    try {
      // A job enqueued inside a transaction is detached from it: it waits for the database like any other caller.
      job.result = await outsideTransaction(() => this.registry.dispatch(job.name, job.payload as JobPayloads[JobName], {
        jobId: job.id,
        attempt: job.attemptsMade,
        reportProgress: async (progress) => {
          job.progress = progress;
        },
      }));
      this.finish(job, 'completed');
    } catch (error) {
      job.failedReason = error instanceof Error ? error.message : String(error);
      if (job.attemptsMade < job.attempts) {
        job.state = 'delayed';
        const delay = job.backoffMs * 2 ** (job.attemptsMade - 1);
        this.logger.warn({ jobId: job.id, job: job.name, attempt: job.attemptsMade, err: error }, `job failed, retrying in ${delay} ms`);
        this.at(Date.now() + delay, () => this.runInLane(job));
      } else {
        this.logger.error({ jobId: job.id, job: job.name, attempt: job.attemptsMade, err: error }, 'job failed for good');
        this.finish(job, 'failed');
      }
    }
  }

  private finish(job: InProcessJob, state: 'completed' | 'failed'): void {
    job.state = state;
    job.finishedAt = new Date();
    job.onFinished?.(state, job.failedReason);
    const key = `${job.queue}:${state}`;
    const ids = this.finished.get(key) ?? [];
    ids.push(job.id);
    this.finished.set(key, ids);
    const { count, ageMs } = RETENTION[state];
    const oldest = Date.now() - ageMs;
    while (ids.length > count || (ids.length && this.jobs.get(ids[0])!.finishedAt!.getTime() < oldest)) {
      this.jobs.delete(ids.shift()!);
    }
  }
}
