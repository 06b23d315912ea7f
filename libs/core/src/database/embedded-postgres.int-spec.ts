import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('embedded Postgres (PGlite over the wire protocol)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yiyang-pglite-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('runs the migrations through TypeORM and keeps the data across a restart', async () => {
    const dataDir = join(dir, 'db');
    const first = await startEmbeddedPostgres({ dataDir });
    const dataSource = await new DataSource(createDataSourceOptions({ url: first.url, poolSize: 4, applicationName: 'test' })).initialize();
    await dataSource.runMigrations();
    await dataSource.query(`INSERT INTO queue_heartbeat (queue, processed_by, beat_at) VALUES ('system', 'restart-test', now())`);
    await dataSource.destroy();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(second.url, `SELECT processed_by FROM queue_heartbeat`)).toEqual([{ processed_by: 'restart-test' }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses a second process on the same folder while the first holds it', async () => {
    const dataDir = join(dir, 'locked');
    const first = await startEmbeddedPostgres({ dataDir });
    try {
      // Pretend another live process (our parent) holds the lock.
      const { writeFile } = await import('node:fs/promises');
      await writeFile(`${dataDir}.lock`, String(process.ppid));
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/in use by process/);
    } finally {
      await first.stop();
    }
  });

  it('has btree_gist, so exclusion constraints over ranges work', async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://' });
    try {
      await query(embedded.url, `CREATE EXTENSION IF NOT EXISTS btree_gist`);
      await query(
        embedded.url,
        `CREATE TABLE stay (bed int, during daterange, EXCLUDE USING gist (bed WITH =, during WITH &&))`,
      );
      await query(embedded.url, `INSERT INTO stay VALUES (1, '[2025-06-01,2025-06-10)')`);
      await expect(query(embedded.url, `INSERT INTO stay VALUES (1, '[2025-06-05,2025-06-20)')`)).rejects.toMatchObject({ code: '23P01' });
    } finally {
      await embedded.stop();
    }
  });

  it('keeps transactions on different connections apart by serialising them', async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://' });
    const dataSource = await new DataSource(createDataSourceOptions({ url: embedded.url, poolSize: 8, applicationName: 'test' })).initialize();
    try {
      await dataSource.query(`CREATE TABLE counter (n int)`);
      await dataSource.query(`INSERT INTO counter VALUES (0)`);
      await Promise.all(
        Array.from({ length: 40 }, () =>
          dataSource.transaction(async (manager) => {
            const [{ n }] = await manager.query(`SELECT n FROM counter`);
            await manager.query(`UPDATE counter SET n = $1`, [n + 1]);
          }),
        ),
      );
      expect(await dataSource.query(`SELECT n FROM counter`)).toEqual([{ n: 40 }]);
    } finally {
      await dataSource.destroy();
      await embedded.stop();
    }
  });
});
