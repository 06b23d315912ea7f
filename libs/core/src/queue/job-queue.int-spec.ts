import { Injectable, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createTestDatabase, createTestRedis, describeWithRedis, waitUntil, type TestDatabase, type TestRedis } from '@yiyang/testing';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { buildConfig } from '../config/load-config';
import { CoreModule } from '../core.module';
import { createRootLogger } from '../logging/logger';
import { JobHandler } from './job-handler.registry';
import { JobQueue } from './job-queue';
import { JobName, QueueName } from './jobs';

/**
 * The domain libraries' jobs (services reminders, no-shows…) have their handlers there; a consumer must have one
 * per job name, and this test is about the queue, so here they do nothing.
 */
@Injectable()
class DomainJobsElsewhere {
  @JobHandler(JobName.ServicesSweep)
  async sweep(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.ServicesRemind)
  async remind(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.ServicesNoShow)
  async noShow(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.KpiRollup)
  async rollup(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.KpiRollupCounty)
  async rollupCounty(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.KpiMonthlyRollup)
  async monthlyRollup(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.RegionsImport)
  async regionsImport(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.BedsImport)
  async bedsImport(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.KpiLostRollupSweep)
  async lostRollupSweep(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.KpiCorrection)
  async correction(): Promise<null> {
    return null;
  }

  @JobHandler(JobName.KpiNightlyCorrection)
  async nightlyCorrection(): Promise<null> {
    return null;
  }
}

@Module({})
class QueueUnderTest {
  static with(core: DynamicModule): DynamicModule {
    return { module: QueueUnderTest, imports: [core], providers: [DomainJobsElsewhere] };
  }
}

const SECRETS = {
  JWT_SECRET: 'x'.repeat(32),
  DATA_ENCRYPTION_KEYS: `t:${Buffer.alloc(32, 1).toString('base64')}`,
  DATA_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
};

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
    // NODE_ENV=test: a second connection inside a transaction is refused, as in embedded mode.
    const config = buildConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, REDIS_URL: redis?.url, QUEUE_PREFIX: redis?.prefix, ...SECRETS });
    app = await NestFactory.createApplicationContext(
      QueueUnderTest.with(CoreModule.forRoot({ config, logger: createRootLogger('silent'), databaseUrl: database.url, applicationName: 'test', consumeJobs: true })),
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

  it('runs a job enqueued inside a transaction while it is still open: the job does not hold the transaction', async () => {
    await dataSource.transaction(async (manager) => {
      const { id } = await jobs.enqueue(JobName.QueueHeartbeat, { queue: QueueName.System }, { jobId: `in-transaction-${mode}` });
      await manager.query(`SELECT 1`);
      await waitUntil(async () => (await jobs.getJob(id))?.state === 'completed', 'the job enqueued in the transaction', 5_000);
    });
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
        // Scheduled jobs retry and expire like enqueued ones.
        expect(schedulers[0].template?.opts).toMatchObject({
          attempts: 3,
          backoff: { type: 'exponential', delay: 1_000 },
          removeOnComplete: { count: 1_000 },
          removeOnFail: expect.objectContaining({ age: 30 * 24 * 3_600 }),
        });
      } finally {
        await queue.close();
      }
    });
  }
}

/**
 * Closing the application while a job runs: the queue stops taking jobs and lets the running one finish before the
 * database pool closes, so nothing fails on a closed pool and the next job waits for the next start.
 */
function shutsDownInOrder(mode: 'in-process' | 'bullmq') {
  it(`lets the running job finish and starts no other before the database closes (${mode})`, async () => {
    const database = await createTestDatabase();
    const redis = mode === 'bullmq' ? await createTestRedis() : undefined;
    const logs: string[] = [];
    const config = buildConfig({ DATABASE_URL: database.url, REDIS_URL: redis?.url, QUEUE_PREFIX: redis?.prefix, ...SECRETS });
    const app = await NestFactory.createApplicationContext(
      QueueUnderTest.with(
        CoreModule.forRoot({
          config,
          logger: createRootLogger('info', { write: (line: string) => void logs.push(line) }),
          databaseUrl: database.url,
          applicationName: 'test',
          consumeJobs: true,
        }),
      ),
      { logger: false },
    );
    const jobs = app.get(JobQueue);
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    try {
      // Hold the heartbeat table so the first job stays running.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE queue_heartbeat IN ACCESS EXCLUSIVE MODE');
      await jobs.enqueue(JobName.QueueHeartbeat, { queue: QueueName.System }, { jobId: 'running-at-shutdown' });
      await jobs.enqueue(JobName.QueueHeartbeat, { queue: QueueName.System }, { jobId: 'queued-at-shutdown' });
      await waitUntil(async () => (await jobs.getJob('running-at-shutdown'))?.state === 'active', 'first job running');
      const closing = app.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await blocker.query('COMMIT');
      await closing;
      const rows = await blocker.query(`SELECT count(*)::int AS n FROM queue_heartbeat`);
      expect(rows.rows).toEqual([{ n: 1 }]);
      expect(logs.filter((line) => /job failed/.test(line))).toEqual([]);
    } finally {
      await blocker.end();
      await redis?.cleanup();
      await database.drop();
    }
  });
}

describe('job queue in-process (embedded mode)', () => {
  behavesAsAJobQueue('in-process');
  shutsDownInOrder('in-process');
});
describeWithRedis('job queue on BullMQ', () => {
  behavesAsAJobQueue('bullmq');
  shutsDownInOrder('bullmq');
});
