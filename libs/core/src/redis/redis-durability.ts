import type Redis from 'ioredis';
import { ReplyError } from 'ioredis';

/** The Redis settings job state relies on (docs/operations.md, "Redis"), as `CONFIG GET` names them. */
const REQUIRED: { setting: string; value: string; why: string }[] = [
  { setting: 'appendonly', value: 'yes', why: 'without the append-only file a restart loses every queued job and schedule' },
  { setting: 'maxmemory-policy', value: 'noeviction', why: 'any other policy lets Redis drop job keys when memory runs short' },
];

/**
 * What is wrong with the Redis configuration for BullMQ, one sentence per setting; `undefined` when the server
 * refuses CONFIG (managed services often rename or disable it), so the caller can say it could not tell.
 */
export async function redisDurabilityProblems(redis: Redis): Promise<string[] | undefined> {
  const problems: string[] = [];
  for (const { setting, value, why } of REQUIRED) {
    let reply: unknown;
    try {
      reply = await redis.config('GET', setting);
    } catch (error) {
      // The server answered with an error (unknown command, no permission); a lost connection is another matter.
      if (error instanceof ReplyError) return undefined;
      throw error;
    }
    const actual = Array.isArray(reply) ? reply[1] : undefined;
    if (actual !== value) problems.push(`${setting} is ${actual ?? 'unset'}, should be ${value}: ${why}`);
  }
  return problems;
}
