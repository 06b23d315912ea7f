import { Inject, Injectable } from '@nestjs/common';
import { attemptCounter } from '@yiyang/auth';
import { AppConfig, REDIS } from '@yiyang/core';
import type Redis from 'ioredis';
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Counts the link attempts of each account, found or not: an ID number's birth date narrows it to a few hundred
 * sequences, so without a bound an account could walk them and learn who is registered where.
 */
@Injectable()
export class LinkAttemptLimiter {
  private readonly perAccount: RateLimiterAbstract;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis | null) {
    this.perAccount = attemptCounter(config, redis, { keyPrefix: 'resident-link', points: config.linkRateLimit, durationSeconds: config.linkRateWindowSeconds });
  }

  /** Counts the attempt before anyone is looked up; the seconds to wait once the account has used up its attempts, else 0. */
  async consume(userId: string): Promise<number> {
    try {
      await this.perAccount.consume(userId);
      return 0;
    } catch (outcome) {
      // A store error surfaces; a RateLimiterRes rejection means the limit is reached.
      if (outcome instanceof Error) throw outcome;
      return Math.max(1, Math.ceil((outcome as RateLimiterRes).msBeforeNext / 1000));
    }
  }
}
