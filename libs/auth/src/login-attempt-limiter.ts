import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, REDIS, TooManyRequestsError } from '@yiyang/core';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** One address may fail this many times more often than one account, across all usernames it tries. */
const ADDRESS_FACTOR = 5;

/**
 * Counts failed logins per client address and username (and per address alone, against password spraying).
 * Past the limit the pair is refused with 429 until the window ends; a successful login clears its count, so
 * people who log in often are never blocked. Counters live in Redis when configured, shared by every API process.
 */
@Injectable()
export class LoginAttemptLimiter {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis | null) {
    const duration = config.loginRateWindowSeconds;
    const create = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const inMemory = new RateLimiterMemory({ keyPrefix, points, duration, blockDuration: duration });
      // While Redis is away each process keeps counting on its own instead of refusing every login.
      return redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `${config.queuePrefix}:${keyPrefix}`,
            points,
            duration,
            blockDuration: duration,
            insuranceLimiter: inMemory,
          })
        : inMemory;
    };
    this.perAccount = create('login-fail', config.loginRateLimit);
    this.perAddress = create('login-fail-ip', config.loginRateLimit * ADDRESS_FACTOR);
  }

  /** Throws 429 with the seconds to wait when the account or the address has failed too often. */
  async assertAllowed(ip: string, username: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.get(accountKey(ip, username)), this.perAddress.get(ip)]);
    const waits = [
      account && account.remainingPoints <= 0 ? account.msBeforeNext : 0,
      address && address.remainingPoints <= 0 ? address.msBeforeNext : 0,
    ];
    const waitMs = Math.max(...waits);
    if (waitMs > 0) throw new TooManyRequestsError('Too many failed logins; try again later', Math.ceil(waitMs / 1000));
  }

  async recordFailure(ip: string, username: string): Promise<void> {
    // consume() rejects once the points are gone; the block it sets is what assertAllowed reads.
    await Promise.all([this.perAccount.consume(accountKey(ip, username)).catch(rejectedIfError), this.perAddress.consume(ip).catch(rejectedIfError)]);
  }

  async recordSuccess(ip: string, username: string): Promise<void> {
    await this.perAccount.delete(accountKey(ip, username));
  }
}

function accountKey(ip: string, username: string): string {
  return `${ip}|${username}`;
}

/** A RateLimiterRes rejection only says the limit is reached; a real Error (store down) must surface. */
function rejectedIfError(reason: unknown): void {
  if (reason instanceof Error) throw reason;
}
