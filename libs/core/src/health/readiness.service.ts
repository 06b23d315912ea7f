import { Inject, Injectable } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { pendingMigrations } from '../database/pending-migrations';
import { BullJobQueue } from '../queue/bullmq-job-queue';
import { JobQueue } from '../queue/job-queue';
import { QueueName, RECURRING_JOBS } from '../queue/jobs';
import { QueueHeartbeatService } from '../queue/queue-heartbeat.service';
import { REDIS } from '../redis/redis.module';

/** The system queue's heartbeat runs every 30 s: six missed beats mean no worker is consuming. */
export const HEARTBEAT_STALE_AFTER_SECONDS = 180;

const JOBS_CHECK_TIMEOUT_MS = 1_000;

/**
 * `degraded`: the API can serve its requests (200, so load balancers keep it), but jobs will not run or recur as
 * they should; `details.jobs.problems` says why, for monitoring.
 */
export type ReadinessResult = Omit<HealthCheckResult, 'status'> & { status: HealthCheckResult['status'] | 'degraded' };

/**
 * What /health/ready checks: the database answers, every migration is applied, Redis answers when configured (a
 * failure is a 503); with BullMQ also that a worker beats and every job scheduler exists (a failure is `degraded`).
 */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly typeOrm: TypeOrmHealthIndicator,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly jobs: JobQueue,
    private readonly heartbeats: QueueHeartbeatService,
  ) {}

  async check(): Promise<ReadinessResult> {
    const redis = this.redis;
    const result = await this.health.check([
      () => this.typeOrm.pingCheck('database').withTimeout(2_000),
      () =>
        this.indicators
          .check('migrations')
          .attempt(async () => {
            const pending = await pendingMigrations(this.dataSource);
            if (pending.length) throw new Error(`${pending.length} pending migration(s): ${pending.join(', ')}`);
            return { applied: this.dataSource.migrations.length };
          })
          .withTimeout(2_000),
      ...(redis ? [() => this.indicators.check('redis').attempt(async () => ({ reply: await redis.ping() })).withTimeout(1_000)] : []),
    ]);
    // In-process jobs run inside this process, which answers: nothing more to know.
    if (!(this.jobs instanceof BullJobQueue)) return result;
    const problems = await this.jobProblems(this.jobs);
    return {
      ...result,
      status: problems.length ? 'degraded' : result.status,
      details: { ...result.details, jobs: { status: problems.length ? 'degraded' : 'up', ...(problems.length ? { problems } : {}) } },
    };
  }

  private async jobProblems(jobs: BullJobQueue): Promise<string[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string[]>((resolve) => {
      timer = setTimeout(() => resolve([`job schedulers and heartbeat not checked within ${JOBS_CHECK_TIMEOUT_MS} ms`]), JOBS_CHECK_TIMEOUT_MS);
    });
    const checked = (async () => {
      const [missing, beat] = await Promise.all([jobs.missingSchedulers(RECURRING_JOBS), this.heartbeats.lastBeatOf(QueueName.System)]);
      const problems = missing.map((id) => `job scheduler ${id} is missing from Redis`);
      if (!beat) problems.push('no worker has sent a heartbeat yet');
      else if (beat.ageSeconds > HEARTBEAT_STALE_AFTER_SECONDS) {
        problems.push(`no worker heartbeat for ${Math.round(beat.ageSeconds)} s (last ${beat.beatAt.toISOString()} by ${beat.processedBy})`);
      }
      return problems;
    })().catch((error: unknown) => [`job schedulers and heartbeat not checked: ${error instanceof Error ? error.message : String(error)}`]);
    try {
      return await Promise.race([checked, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
