import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig, REDIS, TooManyRequestsError } from '@yiyang/core';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';

/** One address may fail this many times more often than one account, across all usernames it tries. */
const ADDRESS_FACTOR = 5;

/**
 * Counts login attempts per client address and username (and per address alone, against password spraying).
 * Past the limit the pair is refused with 429 until the window ends; a successful login gives its attempt back and
 * clears the account's count, so people who log in often are never blocked. Counters live in Redis when configured, shared by every API process.
 */
@Injectable()
export class LoginAttemptLimiter implements OnModuleDestroy {
  private readonly perAccount: AttemptCounter;
  private readonly perAddress: AttemptCounter;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis | null) {
    const create = (keyPrefix: string, points: number) => attemptCounter(config, redis, { keyPrefix, points, durationSeconds: config.loginRateWindowSeconds });
    this.perAccount = create('login-fail', config.loginRateLimit);
    this.perAddress = create('login-fail-ip', config.loginRateLimit * ADDRESS_FACTOR);
  }

  /**
   * Counts this attempt before the password is checked, so parallel guesses cannot slip past the count; throws 429
   * with the seconds to wait once the account or the address has used up its attempts.
   */
  async begin(ip: string, username: string): Promise<void> {
    const outcomes = await Promise.allSettled([this.perAccount.limiter.consume(accountKey(ip, username)), this.perAddress.limiter.consume(ip)]);
    let waitMs = 0;
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') continue;
      // A store error surfaces; a RateLimiterRes rejection means the limit is reached.
      if (outcome.reason instanceof Error) throw outcome.reason;
      waitMs = Math.max(waitMs, (outcome.reason as RateLimiterRes).msBeforeNext);
    }
    if (waitMs > 0) throw new TooManyRequestsError('Too many failed logins; try again later', Math.ceil(waitMs / 1000));
  }

  /** A successful login gives the attempt back: the account's count starts over, the address gets its point back. */
  async succeeded(ip: string, username: string): Promise<void> {
    await Promise.all([this.perAccount.limiter.delete(accountKey(ip, username)), this.perAddress.limiter.reward(ip, 1)]);
  }

  onModuleDestroy(): void {
    this.perAccount.release();
    this.perAddress.release();
  }
}

function accountKey(ip: string, username: string): string {
  return `${ip}|${username}`;
}

export interface AttemptCounter {
  limiter: RateLimiterAbstract;
  /**
   * Forgets the counts kept in this process; call it when the app closes. Each such count holds a timer until its
   * window ends (an hour for links), and the timer holds the closed app and everything it loaded in memory until then.
   */
  release(): void;
}

/**
 * A counter of attempts per key that blocks for the rest of its window once spent. It lives in Redis when configured,
 * shared by every API process; while Redis is away each process keeps counting on its own instead of refusing all.
 */
export function attemptCounter(
  config: AppConfig,
  redis: Redis | null,
  options: { keyPrefix: string; points: number; durationSeconds: number },
): AttemptCounter {
  const { keyPrefix, points, durationSeconds: duration } = options;
  const inMemory = new RateLimiterMemory({ keyPrefix, points, duration, blockDuration: duration });
  return {
    limiter: redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.queuePrefix}:${keyPrefix}`, points, duration, blockDuration: duration, insuranceLimiter: inMemory })
      : inMemory,
    release() {
      for (const { key } of inMemory.dump().storage) void inMemory.delete(key);
    },
  };
}
