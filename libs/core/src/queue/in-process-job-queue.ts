import { randomUUID } from 'node:crypto';
import { CronExpressionParser } from 'cron-parser';
import type { RootLogger } from '../logging/logger';
import { JobHandlerRegistry } from './job-handler.registry';
import {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  JobQueue,
  type EnqueueOptions,
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
}

/** How many finished jobs stay visible to getJob() and deduplicate their ids. */
const FINISHED_KEPT = 1_000;

/**
 * Runs jobs inside the process when there is no Redis (embedded mode), with BullMQ's semantics where they matter:
 * deterministic ids deduplicate, failures retry with exponential backoff, recurring jobs follow the same
 * schedules. Jobs of one queue run one at a time, which also suits PGlite's single backend.
 */
export class InProcessJobQueue extends JobQueue {
  readonly mode = 'in-process' as const;
  private readonly jobs = new Map<string, InProcessJob>();
  private readonly finishedOrder: string[] = [];
  private readonly lanes = new Map<QueueName, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly logger: RootLogger,
  ) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<{ id: string }> {
    const id = options.jobId ? assertJobId(options.jobId) : randomUUID();
    if (this.jobs.has(id)) return { id };
    const job: InProcessJob = {
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
    this.jobs.set(id, job);
    this.later(options.delayMs ?? 0, () => this.runInLane(job));
    return { id };
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
    await Promise.all(this.lanes.values());
  }

  private scheduleNext(schedule: RecurringJob): void {
    const now = Date.now();
    const next = schedule.cron
      ? CronExpressionParser.parse(schedule.cron, { currentDate: new Date(now), tz: schedule.timeZone }).next().getTime()
      : Math.floor(now / schedule.every!) * schedule.every! + schedule.every!;
    this.later(next - now, () => {
      // Same id for the same slot, as BullMQ's scheduler does: a slot runs once.
      void this.enqueue(schedule.name, schedule.payload as JobPayloads[JobName], { jobId: `${schedule.id}-${next}` });
      this.scheduleNext(schedule);
    });
  }

  private later(delayMs: number, fn: () => void): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) fn();
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  private runInLane(job: InProcessJob): void {
    job.state = 'waiting';
    const lane = (this.lanes.get(job.queue) ?? Promise.resolve()).then(() => this.execute(job));
    this.lanes.set(job.queue, lane);
  }

  private async execute(job: InProcessJob): Promise<void> {
    if (this.stopped) return;
    job.state = 'active';
    job.attemptsMade += 1;
    try {
      job.result = await this.registry.dispatch(job.name, job.payload as JobPayloads[JobName], {
        jobId: job.id,
        attempt: job.attemptsMade,
        reportProgress: async (progress) => {
          job.progress = progress;
        },
      });
      this.finish(job, 'completed');
    } catch (error) {
      job.failedReason = error instanceof Error ? error.message : String(error);
      if (job.attemptsMade < job.attempts) {
        job.state = 'delayed';
        const delay = job.backoffMs * 2 ** (job.attemptsMade - 1);
        this.logger.warn({ jobId: job.id, job: job.name, attempt: job.attemptsMade, err: error }, `job failed, retrying in ${delay} ms`);
        this.later(delay, () => this.runInLane(job));
      } else {
        this.logger.error({ jobId: job.id, job: job.name, attempt: job.attemptsMade, err: error }, 'job failed for good');
        this.finish(job, 'failed');
      }
    }
  }

  private finish(job: InProcessJob, state: 'completed' | 'failed'): void {
    job.state = state;
    job.finishedAt = new Date();
    this.finishedOrder.push(job.id);
    while (this.finishedOrder.length > FINISHED_KEPT) this.jobs.delete(this.finishedOrder.shift()!);
  }
}
