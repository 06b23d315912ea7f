import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import Redis from 'ioredis';
import type { TestRedis } from './test-redis';
import { waitUntil } from './wait';

/**
 * A redis-server of one test file's own, on a free port and keeping nothing on disk, so the test may flush it, stop
 * it and start it again empty — what a Redis without persistence does on a restart — without touching the shared one.
 */
export interface OwnRedisServer extends TestRedis {
  port: number;
  /** Kills the server (SIGKILL: nothing is saved). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  flushAll(): Promise<void>;
  /** A client of its own, for inspecting or changing the server directly; disconnected by cleanup(). */
  client(): Redis;
}

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** @param settings more redis-server arguments (`['--appendonly', 'yes', '--dir', tmp]`), after the defaults, so they win. */
export async function startRedisServer(settings: string[] = []): Promise<OwnRedisServer> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const clients: Redis[] = [];

  const start = async () => {
    const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...settings], {
      stdio: 'ignore',
    });
    child = started;
    exited = new Promise((resolve) => started.once('exit', () => resolve()));
    const failed = new Promise<never>((_resolve, reject) => started.once('error', (error) => reject(new Error(`redis-server did not start: ${error.message}`))));
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    const answers = async () => {
      try {
        if (probe.status !== 'ready') await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        probe.disconnect();
        return false;
      }
    };
    try {
      await Promise.race([waitUntil(answers, `redis-server on port ${port}`, 10_000), failed]);
    } finally {
      probe.disconnect();
    }
  };
  const stop = async () => {
    child?.kill('SIGKILL');
    await exited;
  };
  const client = () => {
    const created = new Redis(url, { maxRetriesPerRequest: 1 });
    clients.push(created);
    return created;
  };

  await start();
  return {
    url,
    port,
    prefix: 'yiyang-test',
    start,
    stop,
    client,
    async flushAll() {
      await client().flushall();
    },
    async cleanup() {
      for (const created of clients) created.disconnect();
      await stop();
    },
  };
}
