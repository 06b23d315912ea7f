import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BullJobQueue, createRootLogger, JobName, JobQueue, QUEUE_DASHBOARD_PATH, QueueName, RECURRING_JOBS, REDIS_RETRY_AFTER_SECONDS } from '@yiyang/core';
import { correctionJobId } from '@yiyang/kpi';
import {
  adminToken,
  bedsLayout,
  createFacility,
  createTestApp,
  importTestRegions,
  startRedisServer,
  waitUntil,
  YUBEI,
  YUBEI_TOWNSHIP,
  type OwnRedisServer,
  type TestApp,
} from '@yiyang/testing';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { WorkerModule } from '../apps/worker/src/worker.module';

/**
 * The API and a worker on BullMQ over a redis-server of this file's own, which the tests flush, kill and start again
 * empty: what a Redis without persistence does when it restarts.
 */
describe('job state when Redis loses its data or goes away', () => {
  let redis: OwnRedisServer;
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  const workerLogs: string[] = [];
  let admin: string;
  let blocker: Client;
  const auth = () => ({ Authorization: `Bearer ${admin}` });

  const startWorker = async () => {
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({ config: t.config, logger: createRootLogger('info', { write: (line: string) => void workerLogs.push(line) }), databaseUrl: t.database.url }),
      { logger: false },
    );
  };
  const rollup = async (id: string) => (await t.http.get(`/api/v1/rollups/${id}`).set(auth()).expect(200)).body;
  const careTypeShare = async (month: string) => {
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=${month}`).set(auth()).expect(200);
    const item = body.items.find((entry: { indicator: string }) => entry.indicator === 'care_type_bed_share');
    return { source: body.source, numerator: item.numerator, denominator: item.denominator, revision: item.revision };
  };
  /** Starts the month's rollup and leaves its county job waiting inside its transaction on the staging table. */
  const startHeldRollup = async (month: string, waiters: number) => {
    const started = await t.http.post('/api/v1/rollups').set(auth()).send({ month, regionCode: YUBEI }).expect(202);
    await waitUntil(
      async () =>
        // Not through the blocker: inside its transaction pg_stat_activity stays as it first read it.
        (await t.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'yiyang-worker' AND wait_event_type = 'Lock'`)).length >= waiters,
      `the ${month} county job waiting on the staging table`,
      20_000,
    );
    return started.body.id as string;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    t = await createTestApp({ redis });
    await startWorker();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    const facility = await createFacility(t, admin, { regionCode: YUBEI_TOWNSHIP });
    await t.http
      .post(`/api/v1/facilities/${facility}/beds/bulk`)
      .set(auth())
      .send({ openedOn: '2020-01-01', beds: bedsLayout(10, { careType: 3 }) })
      .expect(201);
    blocker = new Client({ connectionString: t.database.url });
    await blocker.connect();
  }, 60_000);

  afterAll(async () => {
    await blocker?.end();
    await worker?.close();
    await t?.close();
    await redis?.cleanup();
  });

  it('the worker warns at start that this Redis keeps no append-only file', () => {
    const warning = workerLogs.map((line) => JSON.parse(line)).find((line) => line.msg === 'Redis may lose job state: see docs/operations.md');
    expect(warning?.problems).toEqual([expect.stringMatching(/^appendonly is no, should be yes/)]);
  });

  it('/health/ready is degraded (200) when a job scheduler is missing or no worker beats, and says which', async () => {
    await waitUntil(async () => (await t.http.get('/health/ready')).body.status === 'ok', 'ready with a worker', 30_000);
    await worker!.close();
    worker = undefined;
    const queue = new Queue(QueueName.Services, { connection: { url: redis.url } as never, prefix: redis.prefix });
    try {
      await queue.removeJobScheduler('services-sweep');
    } finally {
      await queue.close();
    }
    const missing = await t.http.get('/health/ready').expect(200);
    expect(missing.body).toMatchObject({ status: 'degraded', details: { jobs: { status: 'degraded', problems: ['job scheduler services-sweep is missing from Redis'] } } });

    await t.dataSource.query(`UPDATE queue_heartbeat SET beat_at = now() - interval '10 minutes'`);
    const stale = await t.http.get('/health/ready').expect(200);
    expect(stale.body.details.jobs.problems).toEqual(['job scheduler services-sweep is missing from Redis', expect.stringMatching(/^no worker heartbeat for 60\d s/)]);

    // A worker starting puts the scheduler back and beats.
    await startWorker();
    await waitUntil(async () => (await t.http.get('/health/ready')).body.status === 'ok', 'ready again with a new worker', 30_000);
  }, 60_000);

  it('a rollup whose job Redis lost is marked lost — when its month is asked for again, and by the sweep — and the month then completes with the same numbers', async () => {
    const june = await careTypeShare('2025-06');
    expect(june).toMatchObject({ source: 'live', numerator: 3, denominator: 10 });
    // Both months' county jobs wait inside their transactions while Redis loses everything.
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE kpi_staged_value IN SHARE MODE');
    const juneRun = await startHeldRollup('2025-06', 1);
    const mayRun = await startHeldRollup('2025-05', 2);
    await redis.flushAll();
    await blocker.query('ROLLBACK');
    // Asked for again at once (the worker's sweep could otherwise come first): the run whose job is gone gives way.
    const again = await t.http.post('/api/v1/rollups').set(auth()).send({ month: '2025-06', regionCode: YUBEI }).expect(202);
    expect(again.body).toMatchObject({ created: true, jobId: 'rollup-2025-06-500112' });
    expect(again.body.id).not.toBe(juneRun);
    expect(await rollup(juneRun)).toMatchObject({ status: 'lost', error: expect.stringContaining('no longer in the queue') });
    await waitUntil(async () => (await rollup(again.body.id)).status === 'complete', 'the new June run complete', 30_000);
    expect(await careTypeShare('2025-06')).toEqual({ ...june, source: 'snapshot', revision: 1 });

    await t.app.get(JobQueue).enqueue(JobName.KpiLostRollupSweep, {}, { jobId: 'lost-rollup-sweep-now' });
    await waitUntil(async () => (await rollup(mayRun)).status === 'lost', 'the May run marked lost by the sweep', 20_000);
    const [{ staged }] = await t.dataSource.query(`SELECT count(*)::int AS staged FROM kpi_staged_value`);
    expect(staged).toBe(0);
    const mayAgain = await t.http.post('/api/v1/rollups').set(auth()).send({ month: '2025-05', regionCode: YUBEI }).expect(202);
    await waitUntil(async () => (await rollup(mayAgain.body.id)).status === 'complete', 'the new May run complete', 30_000);
  }, 120_000);

  it('a correction run whose job Redis lost gives way too — to a new request, and to the sweep', async () => {
    // Two live correction runs the queue never heard of (their jobs lost with Redis's data), past the enqueue grace.
    const lostRun = async (regionCode: string) => {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO kpi_rollup (job_id, month, region_code, counties_total, kind, status, requested_at, enqueued_at)
         VALUES ($1, '2025-06-01', $2, 0, 'correction', 'queued', now() - interval '1 hour', now() - interval '1 hour') RETURNING id`,
        [correctionJobId(regionCode), regionCode],
      );
      return id as string;
    };
    const yubeiRun = await lostRun(YUBEI);
    const cityRun = await lostRun('500100000000');
    const again = await t.http.post('/api/v1/rollups/corrections').set(auth()).send({ regionCode: YUBEI }).expect(202);
    expect(again.body).toMatchObject({ created: true, kind: 'correction', jobId: correctionJobId(YUBEI) });
    expect(await rollup(yubeiRun)).toMatchObject({ status: 'lost', error: expect.stringContaining('no longer in the queue') });
    await waitUntil(async () => (await rollup(again.body.id)).status === 'complete', 'the new correction run complete', 30_000);

    await t.app.get(JobQueue).enqueue(JobName.KpiLostRollupSweep, {}, { jobId: 'lost-rollup-sweep-corrections' });
    await waitUntil(async () => (await rollup(cityRun)).status === 'lost', 'the city correction run marked lost by the sweep', 20_000);
  }, 60_000);

  it('answers 503 with Retry-After while Redis is down, and the worker recreates the schedulers when it comes back empty', async () => {
    await redis.stop();
    for (const refused of [
      await t.http.post('/api/v1/rollups').set(auth()).send({ month: '2025-04', regionCode: YUBEI }),
      await t.http.get('/api/v1/system/jobs').set(auth()),
      await t.http.get(`${QUEUE_DASHBOARD_PATH}/api/queues`).set(auth()),
    ]) {
      expect([refused.status, refused.headers['retry-after'], refused.body.message]).toEqual([503, String(REDIS_RETRY_AFTER_SECONDS), expect.stringContaining('Redis')]);
    }
    await redis.start();
    const restartedAt = new Date();
    const jobs = t.app.get(JobQueue) as BullJobQueue;
    await waitUntil(async () => {
      try {
        return (await jobs.missingSchedulers(RECURRING_JOBS)).length === 0;
      } catch {
        return false;
      }
    }, 'every job scheduler recreated', 30_000);
    // The recreated heartbeat runs: the worker consumes again.
    await waitUntil(
      async () => (await t.dataSource.query(`SELECT 1 FROM queue_heartbeat WHERE beat_at > $1`, [restartedAt])).length > 0,
      'a heartbeat after the restart',
      30_000,
    );
    await t.http.get('/api/v1/system/jobs').set(auth()).expect(200);
  }, 60_000);
});
