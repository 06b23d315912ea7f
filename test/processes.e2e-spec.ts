import { spawn, execFileSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, createTestRedis, describeWithRedis, freePort, waitUntil, type TestDatabase, type TestRedis } from '@yiyang/testing';
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
/** The address the API listens on from the start, before it is ready (its first log line). */
const listeningUrlOf = (started: Started) => () => /"url":"(http:\/\/127\.0\.0\.1:\d+)","msg":"listening/.exec(started.output())?.[1];

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
    // The port opens before the embedded database starts; the first start then loads the demo data, and until it
    // is done the server says so: readiness 503 with the phase, the API 503 with Retry-After, a browser a page.
    const listening = await waitFor(listeningUrlOf(first), 'listening URL', first);
    const [ready, api, page] = await Promise.all([
      request(listening).get('/health/ready'),
      request(listening).get('/api/v1/auth/me'),
      request(listening).get('/').set('Accept', 'text/html'),
    ]);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'starting', phase: expect.stringMatching(/^(database|migrations|application|demo)$/) });
    expect(api.status).toBe(503);
    expect(api.headers['retry-after']).toBe('2');
    expect(api.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', message: expect.stringContaining('starting'), requestId: expect.any(String) });
    expect(page.status).toBe(503);
    expect(page.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(page.text).toContain('<meta http-equiv="refresh" content="2">');
    expect(page.text).toContain('正在启动');
    expect(page.text).not.toContain('<script');
    await request(listening).get('/health/live').expect(200);
    const firstUrl = await waitFor(apiUrlOf(first), 'API URL', first, 180_000);
    expect(firstUrl).toBe(listening);
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
    // The demo data came with the first start: Yubei's December 2020 reproduces the plan's published baselines.
    const yubei = await http.get('/api/v1/kpi?regionCode=500112000000&month=2020-12').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    const shown = (id: string) => yubei.body.items.find((item: { indicator: string }) => item.indicator === id);
    expect(shown('total_elderly_care_beds').value).toBe(6700);
    expect(shown('care_type_bed_share').value.toFixed(2)).toBe('30.92');
    expect(shown('township_comprehensive_facility_coverage').value.toFixed(2)).toBe('59.09');
    expect(shown('government_operated_bed_share').value.toFixed(0)).toBe('45');
    expect(shown('institution_quality_compliance_rate').value.toFixed(0)).toBe('65');
    expect(shown('care_type_bed_share').target).toMatchObject({ year: 2025, comparator: '>=', value: 60, binding: 'binding' });
    expect(shown('care_type_bed_share').status).toBe('on_track');
    expect(shown('government_operated_bed_share').target).toMatchObject({ year: 2025, comparator: '<=', value: 40 });
    // A newcomer can try each workspace: the demo's care-home operator runs two of 宁波市's homes and nothing else.
    expect(first.output()).toContain('ningbo.home / yiyang-demo-2025');
    const operator = await http.post('/api/v1/auth/login').send({ username: 'ningbo.home', password: 'yiyang-demo-2025' }).expect(200);
    const homes = await http.get('/api/v1/facilities').set('Authorization', `Bearer ${operator.body.accessToken}`).expect(200);
    expect(homes.body.total).toBe(2);
    expect(homes.body.items.every((home: { regionCode: string }) => home.regionCode.startsWith('3302'))).toBe(true);
    expect(first.output()).toContain('ningbo.family / yiyang-demo-2025   (demo 家属 family)');
    expect(first.output()).toContain('demo extended to today');
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
      expect(second.output()).toContain('nothing loaded');
      // The same day: the demo is already extended and published, so the second start writes nothing.
      expect(second.output()).toMatch(/"slots":0,"orders":0,[^\n]*"msg":"demo extended to today"/);
    } finally {
      expect(await stop(second)).toBe(0);
    }
    const extendMs = (started: Started) => /"durationMs":(\d+),"msg":"demo extended to today"/.exec(started.output())?.[1];
    process.stderr.write(
      `\n  embedded API start (built): cold ${coldMs} ms (with the demo data), warm ${warmMs} ms (${(warmMs / coldMs).toFixed(3)} of the cold start);` +
        ` extending the demo: ${extendMs(first)} ms cold, ${extendMs(second)} ms warm\n`,
    );
  }, 300_000);
});

describe('shutdown: SIGTERM ends the process within 10 s, whatever is in flight', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'yiyang-shutdown-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  /**
   * Signs in, lets `hold` take what the account creation below needs, sends that request, then SIGTERM: the
   * process must exit within 10 s (the grace period is 8 s), naming what it cut off.
   */
  async function sigtermWithRequestInFlight(api: Started, hold: () => Promise<void>): Promise<{ code: number | null; tookMs: number }> {
    const url = await waitFor(apiUrlOf(api), 'API URL', api, 90_000);
    const login = await request(url).post('/api/v1/auth/login').send({ username: 'admin', password: 'shutdown-admin-password' }).expect(200);
    await hold();
    const inFlight = request(url)
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .send({ username: 'never.created', password: 'cut-off-by-the-shutdown', role: 'civil_affairs', regionCode: '330200000000' })
      .then((response) => response.status, (error: Error) => error.message);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const signalled = Date.now();
    api.child.kill('SIGTERM');
    const code = await api.exited;
    const tookMs = Date.now() - signalled;
    await inFlight;
    return { code, tookMs };
  }

  it('embedded: a request waiting for the backend that another connection holds in a transaction', async () => {
    const databasePort = await freePort();
    const api = run(API, {
      DATA_DIR: dataDir,
      PORT: '0',
      EMBEDDED_DATABASE_PORT: String(databasePort),
      DEMO_DATA: 'false',
      ADMIN_PASSWORD: 'shutdown-admin-password',
      // Longer than the test: the request is still waiting when the signal comes.
      EMBEDDED_STATEMENT_TIMEOUT_MS: '120000',
    });
    const blocker = new Client({ connectionString: `postgres://postgres@127.0.0.1:${databasePort}/postgres` });
    // Its server goes away with the API.
    blocker.on('error', () => undefined);
    try {
      const { code, tookMs } = await sigtermWithRequestInFlight(api, async () => {
        await blocker.connect();
        await blocker.query('BEGIN');
        await blocker.query('SELECT 1');
      });
      expect(tookMs).toBeLessThan(10_000);
      expect(code).toBe(1);
      expect(api.output()).toContain('shutdown did not finish within 8000 ms: exiting while closing the application');
    } finally {
      api.child.kill('SIGKILL');
      await blocker.end().catch(() => undefined);
    }
  }, 120_000);

  it('PostgreSQL: a transaction waiting on a lock another session holds', async () => {
    const database = await createTestDatabase();
    const blocker = new Client({ connectionString: database.url });
    const api = run(API, { ...PRODUCTION_SECRETS, DATABASE_URL: database.url, DATA_DIR: dataDir, PORT: '0', ADMIN_PASSWORD: 'shutdown-admin-password' });
    try {
      const { code, tookMs } = await sigtermWithRequestInFlight(api, async () => {
        await blocker.connect();
        await blocker.query('BEGIN');
        // The account's row goes in, then its audit row waits: the request is inside its transaction.
        await blocker.query('LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE');
      });
      expect(tookMs).toBeLessThan(10_000);
      expect(code).toBe(1);
      const cutOff = api.output().split('\n').find((line) => line.includes('shutdown did not finish'));
      // The account creation's transaction is named with its request.
      expect(JSON.parse(cutOff!)).toMatchObject({ openTransactions: [{ ageMs: expect.any(Number), requestId: expect.any(String) }] });
    } finally {
      api.child.kill('SIGKILL');
      await blocker.end().catch(() => undefined);
      await database.drop();
    }
  }, 120_000);
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

  it('a worker killed during a rollup leaves no partial snapshot, and the next one completes the month with the same numbers', async () => {
    // A database of its own: this test creates an administrator, which the next test must not find.
    const own = await createTestDatabase();
    const client = new Client({ connectionString: own.url });
    await client.connect();
    const env = { ...PRODUCTION_SECRETS, NODE_ENV: 'production', DATABASE_URL: own.url, REDIS_URL: redis.url, QUEUE_PREFIX: redis.prefix };
    const api = run(API, { ...env, PORT: '0', ADMIN_PASSWORD: 'rollup-admin-password' });
    let worker = run(WORKER, env);
    try {
      // 渝北区 with two townships: 100 institution beds in each, 30 and 50 of them care-type.
      await client.query(`
        INSERT INTO region (code, name, level, kind, parent_code) VALUES
          ('500000000000', '重庆市', 'province', NULL, NULL), ('500100000000', '市辖区', 'city', NULL, '500000000000'),
          ('500112000000', '渝北区', 'county', NULL, '500100000000'),
          ('500112002000', '双龙湖街道', 'township', 'street', '500112000000'), ('500112004000', '回兴街道', 'township', 'street', '500112000000');
        WITH f AS (
          INSERT INTO facility (name, region_code, opened_on) VALUES ('甲', '500112002000', '2020-01-01'), ('乙', '500112004000', '2020-01-01')
          RETURNING id, name),
        p AS (INSERT INTO facility_profile (facility_id, valid_from, kind, ownership, operation) SELECT id, '2020-01-01', 'institution', 'public', 'government' FROM f),
        r AS (INSERT INTO room (facility_id, name) SELECT id, '101' FROM f RETURNING id, facility_id),
        b AS (INSERT INTO bed (facility_id, room_id, code, setting, opened_on)
              SELECT r.facility_id, r.id, n::text, 'institution', '2020-01-01' FROM r, generate_series(1, 100) n
              RETURNING id, facility_id, code)
        INSERT INTO bed_classification (bed_id, valid_from, care_type)
        SELECT b.id, '2020-01-01', b.code::int <= CASE f.name WHEN '甲' THEN 30 ELSE 50 END FROM b JOIN f ON f.id = b.facility_id`);
      const url = await waitFor(apiUrlOf(api), 'API URL', api);
      await waitFor(() => (worker.output().includes('consuming queues') ? true : undefined), 'worker start', worker);
      const login = await request(url).post('/api/v1/auth/login').send({ username: 'admin', password: 'rollup-admin-password' }).expect(200);
      const token = `Bearer ${login.body.accessToken}`;

      // Hold the staging table so the county job waits inside its transaction, then kill its worker there.
      const blocker = new Client({ connectionString: own.url });
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE kpi_staged_value IN SHARE MODE');
      const started = await request(url).post('/api/v1/rollups').set('Authorization', token).send({ month: '2025-06', regionCode: '500112000000' }).expect(202);
      const waiting = async () =>
        (await client.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'yiyang-worker' AND wait_event_type = 'Lock'`)).rowCount! > 0;
      await waitUntil(waiting, 'the county job waiting on the staging table', 20_000);
      worker.child.kill('SIGKILL');
      await worker.exited;
      await blocker.query('ROLLBACK');
      await blocker.end();
      const snapshot = async () => (await client.query(`SELECT count(*)::int AS n FROM kpi_value WHERE month = '2025-06-01'`)).rows[0].n;
      expect(await snapshot()).toBe(0);
      expect((await request(url).get(`/api/v1/rollups/${started.body.id}`).set('Authorization', token)).body.status).not.toBe('complete');

      // A new worker finds the stalled job and finishes the month. BullMQ takes a job back once the dead worker's
      // lock (30 s) has expired and a later stall check (every 30 s, one per interval across all workers) finds it:
      // up to about 90 s after the kill.
      worker = run(WORKER, env);
      const status = async () => (await request(url).get(`/api/v1/rollups/${started.body.id}`).set('Authorization', token)).body;
      await waitUntil(async () => (await status()).status === 'complete', 'the rollup completed by the new worker', 150_000);
      expect(await status()).toMatchObject({ countiesDone: 1, countiesTotal: 1, progress: 100 });
      const kpi = await request(url).get('/api/v1/kpi?regionCode=500112000000&month=2025-06').set('Authorization', token).expect(200);
      expect(kpi.body.source).toBe('snapshot');
      expect(kpi.body.items.find((item: { indicator: string }) => item.indicator === 'care_type_bed_share')).toMatchObject({
        numerator: 80,
        denominator: 200,
        value: 40,
        revision: 1,
      });
      // Running it again uninterrupted gives the same numbers: nothing is revised.
      const again = await request(url).post('/api/v1/rollups').set('Authorization', token).send({ month: '2025-06', regionCode: '500112000000' }).expect(202);
      await waitUntil(async () => (await request(url).get(`/api/v1/rollups/${again.body.id}`).set('Authorization', token)).body.status === 'complete', 'rerun', 30_000);
      expect((await request(url).get(`/api/v1/rollups/${again.body.id}`).set('Authorization', token)).body).toMatchObject({ valuesRevised: 0 });
      expect((await client.query(`SELECT count(*)::int AS n FROM kpi_value WHERE month = '2025-06-01' AND superseded_at IS NOT NULL`)).rows[0].n).toBe(0);
    } finally {
      await client.end();
      await Promise.all([stop(worker), stop(api)]);
      await own.drop();
    }
  }, 240_000);

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
