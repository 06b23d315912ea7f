import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { publishedTestServiceAvailability } from '@yiyang/core';
import { notice, reachable, testEnvironment } from './test-services';

/** A Redis for one test file: its own key prefix, whose keys are deleted afterwards. */
export interface TestRedis {
  url: string;
  prefix: string;
  cleanup(): Promise<void>;
}

let available: Promise<boolean> | undefined;

/** Under CI=true a missing Redis fails the run; locally the Redis tests are skipped with a notice. */
export function testRedisAvailable(): Promise<boolean> {
  available ??= (async () => {
    const { redisUrl, ci } = testEnvironment();
    if (await reachable(redisUrl)) return true;
    if (ci) throw new Error(`CI=true and no Redis answers at ${new URL(redisUrl).host} (TEST_REDIS_URL)`);
    notice(`No Redis at ${new URL(redisUrl).host}: tests that need Redis are SKIPPED.`);
    return false;
  })();
  return available;
}

export async function createTestRedis(): Promise<TestRedis> {
  const url = testEnvironment().redisUrl;
  const prefix = `yiyang-test-${process.pid}-${randomBytes(4).toString('hex')}`;
  return {
    url,
    prefix,
    async cleanup() {
      const redis = new Redis(url, { maxRetriesPerRequest: 1 });
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
          if (keys.length) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}

/**
 * `describe` for suites that need Redis: registered as skipped, with a notice, when the run's global setup found no
 * Redis (possible only outside CI). Jest collects suites synchronously, hence the published availability.
 */
export function describeWithRedis(name: string, fn: () => void): void {
  const availability = publishedTestServiceAvailability();
  if (availability && !availability.redis) {
    notice(`Skipping "${name}": no Redis.`);
    describe.skip(name, fn);
  } else {
    describe(name, fn);
  }
}
