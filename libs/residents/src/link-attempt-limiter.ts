import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { attemptCounter, type AttemptCounter } from '@yiyang/auth';
import { AppConfig, REDIS } from '@yiyang/core';
import type Redis from 'ioredis';
import type { RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Counts the link attempts of each account, found or not: an ID number's birth date narrows it to a few hundred
 * sequences, so without a bound an account could walk them and learn who is registered where.
 */
@Injectable()
export class LinkAttemptLimiter implements OnModuleDestroy {
  private readonly perAccount: AttemptCounter;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis | null) {
    this.perAccount = attemptCounter(config, redis, { keyPrefix: 'resident-link', points: config.linkRateLimit, durationSeconds: config.linkRateWindowSeconds });
  }

  /** Counts the attempt before anyone is looked up; the seconds to wait once the account has used up its attempts, else 0. */
  async consume(userId: string): Promise<number> {
    try {
      await this.perAccount.limiter.consume(userId);
      return 0;
    } catch (outcome) {
      // A store error surfaces; a RateLimiterRes rejection means the limit is reached.
      if (outcome instanceof Error) throw outcome;
      return Math.max(1, Math.ceil((outcome as RateLimiterRes).msBeforeNext / 1000));
    }
  }

  onModuleDestroy(): void {
    this.perAccount.release();
  }
}
