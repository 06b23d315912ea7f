import type { JobName, JobPayloads, QueueName } from './jobs';

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same id again while the job is known returns it instead of adding one. */
  jobId?: string;
  delayMs?: number;
  /** Total tries including the first (default 3). */
  attempts?: number;
  /** First retry delay; doubles on each further retry (default 1 s). */
  backoffMs?: number;
}

export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed' | 'unknown';

export interface JobStatus {
  id: string;
  name: string;
  queue: QueueName;
  state: JobState;
  progress: number | object;
  attemptsMade: number;
  failedReason?: string;
  result?: unknown;
  enqueuedAt?: string;
  finishedAt?: string;
}

export interface QueueCounts {
  queue: QueueName;
  waiting: number;
  delayed: number;
  active: number;
  completed: number;
  failed: number;
}

/** What a handler receives besides its payload. */
export interface JobContext {
  jobId: string;
  /** 1 on the first try. */
  attempt: number;
  reportProgress(progress: number | object): Promise<void>;
}

/** One job of a flow: a parent that runs once all its children have completed. */
export interface FlowJob<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  jobId: string;
}

export interface Flow<P extends JobName = JobName, C extends JobName = JobName> extends FlowJob<P> {
  /** Run before the parent, in any order; one failing for good fails the parent. */
  children: FlowJob<C>[];
  attempts?: number;
  backoffMs?: number;
}

/**
 * The job interface the domain uses. BullMQ implements it when REDIS_URL is set; otherwise the same handlers run
 * in-process with the same ids, retries and schedules.
 */
export abstract class JobQueue {
  abstract readonly mode: 'bullmq' | 'in-process';
  abstract enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options?: EnqueueOptions): Promise<{ id: string }>;
  /** Enqueues a parent with its children; the same parent id while it is known returns it. */
  abstract enqueueFlow<P extends JobName, C extends JobName>(flow: Flow<P, C>): Promise<{ id: string }>;
  /**
   * Forgets a finished (completed or failed) job and its children, so that its id can run again; a job still
   * waiting or running stays. Returns whether one was removed.
   */
  abstract removeFinished(jobId: string): Promise<boolean>;
  abstract getJob(jobId: string): Promise<JobStatus | undefined>;
  abstract counts(): Promise<QueueCounts[]>;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 1_000;

const DAY_MS = 24 * 60 * 60 * 1_000;

/** How long finished jobs stay known (and keep deduplicating their ids), per queue, in both implementations. */
export const RETENTION = {
  completed: { count: 1_000, ageMs: 7 * DAY_MS },
  failed: { count: 5_000, ageMs: 30 * DAY_MS },
} as const;
