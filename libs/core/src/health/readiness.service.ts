import { Inject, Injectable } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { pendingMigrations } from '../database/pending-migrations';
import { REDIS } from '../redis/redis.module';

/** What /health/ready checks: the database answers, every migration is applied, Redis answers when configured. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly typeOrm: TypeOrmHealthIndicator,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  check(): Promise<HealthCheckResult> {
    const redis = this.redis;
    return this.health.check([
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
  }
}
