import { spawn, execFileSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, createTestRedis, describeWithRedis, waitUntil, type TestDatabase, type TestRedis } from '@yiyang/testing';
import { WORKER_LIVENESS_FILE } from '@yiyang/core';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import request from 'supertest';

const ROOT = resolve(__dirname, '..');
const API = join(ROOT, 'dist/apps/api/src/main.js');
const WORKER = join(ROOT, 'dist/apps/worker/src/main.js');

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs a built entry point as `npm start` would, with only the given environment. */
function run(entry: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, [entry], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

async function waitFor<T>(find: () => T | undefined, what: string, started: Started, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline || started.child.exitCode !== null) throw new Error(`no ${what}; output:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const PRODUCTION_SECRETS = {
  JWT_SECRET: 'p'.repeat(40),
  DATA_ENCRYPTION_KEYS: `prod1:${Buffer.alloc(32, 7).toString('base64')}`,
  DATA_HASH_KEY: Buffer.alloc(32, 9).toString('base64'),
};

const apiUrlOf = (started: Started) => () => /API\s+(http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(started.output())?.[1];

async function stop(started: Started): Promise<number | null> {
  started.child.kill('SIGTERM');
  return started.exited;
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

describe('start-up configuration', () => {
  it('stops with a message naming each bad variable', async () => {
    const started = run(API, { PORT: 'eighty', DATABASE_URL: 'mysql://db/yiyang', NODE_ENV: 'development' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/PORT: .*integer/);
    expect(started.output()).toContain('DATABASE_URL');
  });

  it('refuses to start the worker without Redis and PostgreSQL', async () => {
    const started = run(WORKER, {});
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('REDIS_URL');
    expect(started.output()).toContain('DATABASE_URL');
  });
});

describe('embedded mode (what `npm start` runs on a fresh clone)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'yiyang-embedded-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts with nothing configured, and keeps what was written across a restart', async () => {
    const env = { DATA_DIR: dataDir, PORT: '0', EMBEDDED_DATABASE_PORT: '0' };
    const coldStart = Date.now();
    const first = run(API, env);
    const firstUrl = await waitFor(apiUrlOf(first), 'API URL', first);
    const coldMs = Date.now() - coldStart;
    expect(first.output()).toContain('Log in       admin / yiyang-demo-2025');
    const http = request(firstUrl);
    await http.get('/health/ready').expect(200);
    const login = await http.post('/api/v1/auth/login').send({ username: 'admin', password: 'yiyang-demo-2025' }).expect(200);
    await http
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .send({ username: 'kept.officer', password: 'survives-a-restart', role: 'civil_affairs', regionCode: '330200000000' })
      .expect(201);
    expect(await stop(first)).toBe(0);

    const warmStart = Date.now();
    const second = run(API, env);
    const secondUrl = await waitFor(apiUrlOf(second), 'API URL', second);
    const warmMs = Date.now() - warmStart;
    try {
      await request(secondUrl).get('/health/ready').expect(200);
      await request(secondUrl).post('/api/v1/auth/login').send({ username: 'kept.officer', password: 'survives-a-restart' }).expect(200);
      // The token signed before the restart still verifies: the generated JWT secret is kept in DATA_DIR.
      await request(secondUrl).get('/api/v1/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
      expect(second.output()).not.toContain('created the first administrator');
    } finally {
      expect(await stop(second)).toBe(0);
    }
    process.stderr.write(`\n  embedded API start (built): cold ${coldMs} ms, warm ${warmMs} ms\n`);
  });
});

describeWithRedis('production mode: API and worker as separate processes', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  beforeAll(async () => {
    database = await createTestDatabase();
    redis = await createTestRedis();
  });
  afterAll(async () => {
    await redis?.cleanup();
    await database?.drop();
  });

  it('the worker consumes jobs the API side enqueues, and stops cleanly', async () => {
    const worker = run(WORKER, { ...PRODUCTION_SECRETS, NODE_ENV: 'production', DATABASE_URL: database.url, REDIS_URL: redis.url, QUEUE_PREFIX: redis.prefix });
    try {
      await waitFor(() => (worker.output().includes('consuming queues') ? true : undefined), 'worker start', worker);
      const queue = new Queue('system', { connection: { url: redis.url } as never, prefix: redis.prefix });
      await queue.add('system.queue-heartbeat', { queue: 'system' }, { jobId: 'from-the-api' });
      await queue.close();
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        const heartbeats = async () => (await client.query(`SELECT processed_by FROM queue_heartbeat WHERE queue = 'system'`)).rows;
        await waitUntil(async () => (await heartbeats()).length > 0, 'heartbeat processed by the worker', 15_000);
        expect(await heartbeats()).toEqual([{ processed_by: expect.stringContaining(`-${worker.child.pid}`) }]);
        // The container health check passes while the worker stamps its liveness file, and fails once it is stale.
        const healthcheck = () => run(join(ROOT, 'dist/apps/worker/src/healthcheck.js'), {}).exited;
        expect(await healthcheck()).toBe(0);
        const stale = new Date(Date.now() - 5 * 60_000);
        await utimes(WORKER_LIVENESS_FILE, stale, stale);
        expect(await healthcheck()).toBe(1);
      } finally {
        await client.end();
      }
    } finally {
      expect(await stop(worker)).toBe(0);
    }
  });

  it('the production API needs no demo admin and reports Redis in readiness', async () => {
    const api = run(API, {
      ...PRODUCTION_SECRETS,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: redis.prefix,
      JWT_SECRET: 'p'.repeat(40),
      PORT: '0',
    });
    try {
      const url = await waitFor(apiUrlOf(api), 'API URL', api);
      const { body } = await request(url).get('/health/ready').expect(200);
      expect(body.details.redis.status).toBe('up');
      expect(api.output()).toContain('No active administrator exists');
      expect(api.output()).not.toContain('yiyang-demo-2025');
    } finally {
      expect(await stop(api)).toBe(0);
    }
  });
});
