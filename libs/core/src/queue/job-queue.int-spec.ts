import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createTestDatabase, createTestRedis, describeWithRedis, waitUntil, type TestDatabase, type TestRedis } from '@yiyang/testing';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { buildConfig } from '../config/load-config';
import { CoreModule } from '../core.module';
import { createRootLogger } from '../logging/logger';
import { JobQueue } from './job-queue';
import { JobName, QueueName } from './jobs';


/** The same behaviour from both implementations, through Nest, against a real database (and Redis for BullMQ). */
function behavesAsAJobQueue(mode: 'in-process' | 'bullmq') {
  let database: TestDatabase;
  let redis: TestRedis | undefined;
  let app: INestApplicationContext;
  let jobs: JobQueue;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = mode === 'bullmq' ? await createTestRedis() : undefined;
    const config = buildConfig({ DATABASE_URL: database.url, REDIS_URL: redis?.url, QUEUE_PREFIX: redis?.prefix, JWT_SECRET: 'x'.repeat(32) });
    app = await NestFactory.createApplicationContext(
      CoreModule.forRoot({ config, logger: createRootLogger('silent'), databaseUrl: database.url, applicationName: 'test', consumeJobs: true }),
      { logger: false },
    );
    jobs = app.get(JobQueue);
    dataSource = app.get(getDataSourceToken());
  });

  afterAll(async () => {
    await app?.close();
    await redis?.cleanup();
    await database?.drop();
  });

  it(`runs on ${mode}`, () => {
    expect(jobs.mode).toBe(mode);
  });

  it('runs a job through its handler, which writes to the database', async () => {
    const { id } = await jobs.enqueue(JobName.QueueHeartbeat, { queue: QueueName.System }, { jobId: `beat-${mode}` });
    expect(id).toBe(`beat-${mode}`);
    await waitUntil(async () => (await jobs.getJob(id))?.state === 'completed');
    const rows = await dataSource.query(`SELECT queue, processed_by, beat_at > now() - interval '1 minute' AS fresh FROM queue_heartbeat`);
    expect(rows).toEqual([{ queue: 'system', processed_by: expect.stringMatching(/-\d+$/), fresh: true }]);
  });

  it('does the work once when the same id is enqueued again', async () => {
    // The recurring heartbeat may stamp the table meanwhile, so the job's own record is what tells.
    const before = await jobs.getJob(`beat-${mode}`);
    const again = await jobs.enqueue(JobName.QueueHeartbeat, { queue: QueueName.System }, { jobId: `beat-${mode}` });
    expect(again.id).toBe(`beat-${mode}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await jobs.getJob(again.id);
    expect(after).toMatchObject({ state: 'completed', attemptsMade: 1, finishedAt: before!.finishedAt });
  });

  it('counts jobs per queue', async () => {
    const [system] = await jobs.counts();
    expect(system).toMatchObject({ queue: QueueName.System, failed: 0 });
    expect(system.completed).toBeGreaterThanOrEqual(1);
  });

  if (mode === 'bullmq') {
    it('registers the recurring heartbeat as one BullMQ job scheduler', async () => {
      const queue = new Queue(QueueName.System, { connection: { url: redis!.url } as never, prefix: redis!.prefix });
      try {
        const schedulers = await queue.getJobSchedulers();
        expect(schedulers.map((s) => ({ id: s.key, every: Number(s.every) }))).toEqual([{ id: 'queue-heartbeat-system', every: 30_000 }]);
      } finally {
        await queue.close();
      }
    });
  }
}

describe('job queue in-process (embedded mode)', () => behavesAsAJobQueue('in-process'));
describeWithRedis('job queue on BullMQ', () => behavesAsAJobQueue('bullmq'));
