import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSourceOptions, MIGRATIONS_DIR, startEmbeddedPostgres } from '@yiyang/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { notice, reachable, testEnvironment } from './test-services';

/** A database of its own for one test file, cloned from the migrated template. */
export interface TestDatabase {
  url: string;
  backend: 'postgres' | 'pglite';
  drop(): Promise<void>;
}

const TEST_DB_PREFIX = 'yiyang_test_';
const TEMPLATE_PREFIX = 'yiyang_tpl_';

/** The template's name changes whenever a migration does, so a stale template is never used. */
export function templateName(): string {
  const hash = createHash('sha256');
  // Compiled (benchmarks run from dist/), the migrations are .js: hashing only .ts named every migration set alike.
  for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort()) {
    hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
  }
  return `${TEMPLATE_PREFIX}${hash.digest('hex').slice(0, 16)}`;
}

/** The same server URL, naming another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(createDataSourceOptions({ url, poolSize: 1, applicationName: 'yiyang-test-template' }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Runs `fn` with a client on the test server's maintenance database (creating and dropping databases). */
export async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testEnvironment().databaseUrl, application_name: 'yiyang-test-admin' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** How long ago a database was created: the age of its PG_VERSION file (the test server's superuser may read it). */
async function ageInHours(client: Client, database: string): Promise<number> {
  const { rows } = await client.query<{ hours: number }>(
    `SELECT extract(epoch FROM now() - (pg_stat_file('base/' || oid || '/PG_VERSION')).modification) / 3600 AS hours
       FROM pg_database WHERE datname = $1`,
    [database],
  );
  return Number(rows[0]?.hours ?? 0);
}

/**
 * Creates the migrated template once per migration set (under an advisory lock, so parallel workers agree) and
 * drops the test databases that dead test processes left behind.
 */
export async function ensurePostgresTemplate(): Promise<string> {
  const template = templateName();
  await withAdminClient(async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [TEMPLATE_PREFIX]);
    try {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2`,
        [`${TEMPLATE_PREFIX}%`, `${TEST_DB_PREFIX}%`],
      );
      for (const { datname } of rows) {
        const pid = Number(/^yiyang_test_(\d+)_/.exec(datname)?.[1]);
        // Another checkout on this machine (a git worktree with other migrations) may be using its own template right
        // now: another migration set's template is dropped only once it is a day old.
        const staleTemplate = datname.startsWith(TEMPLATE_PREFIX) && datname !== template && (await ageInHours(client, datname)) > 24;
        if (staleTemplate || (pid && !processAlive(pid))) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      if (!rows.some((row) => row.datname === template)) {
        const building = `${template}_building`;
        await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${building}"`);
        await migrate(withDatabase(testEnvironment().databaseUrl, building));
        await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [TEMPLATE_PREFIX]);
    }
  });
  return template;
}

/** A migrated PGlite data directory as a tarball in the temp folder, built once per migration set. */
async function ensurePgliteTemplate(): Promise<Blob> {
  const file = join(tmpdir(), `${templateName()}.pglite.tar.gz`);
  if (!existsSync(file)) {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://' });
    try {
      await migrate(embedded.url);
      const dump = await embedded.db.dumpDataDir('gzip');
      await mkdir(tmpdir(), { recursive: true });
      const partial = `${file}.${process.pid}`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, file);
    } finally {
      await embedded.stop();
    }
  }
  return new Blob([await readFile(file)]);
}

export type TestDatabaseBackend = 'postgres' | 'pglite';

let backend: Promise<TestDatabaseBackend> | undefined;

/**
 * TEST_DATABASE_BACKEND when set; else Postgres when it answers; under CI=true a missing Postgres fails; otherwise
 * PGlite, with a notice.
 */
export function testDatabaseBackend(): Promise<TestDatabaseBackend> {
  backend ??= (async () => {
    const { databaseUrl, ci, databaseBackend } = testEnvironment();
    if (databaseBackend) return databaseBackend;
    if (await reachable(databaseUrl)) return 'postgres';
    if (ci) throw new Error(`CI=true and no PostgreSQL answers at ${new URL(databaseUrl).host} (TEST_DATABASE_URL)`);
    notice(`No PostgreSQL at ${new URL(databaseUrl).host}: database tests run on embedded PGlite instead.`);
    return 'pglite';
  })();
  return backend;
}

/**
 * `backend` pins one (a test of embedded mode); otherwise testDatabaseBackend() decides. `statementTimeoutMs` is
 * the embedded server's (EMBEDDED_STATEMENT_TIMEOUT_MS of a real start).
 */
export async function createTestDatabase(options: { backend?: TestDatabaseBackend; statementTimeoutMs?: number } = {}): Promise<TestDatabase> {
  if ((options.backend ?? (await testDatabaseBackend())) === 'pglite') {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://', loadDataDir: await ensurePgliteTemplate(), statementTimeoutMs: options.statementTimeoutMs });
    return { url: embedded.url, backend: 'pglite', drop: () => embedded.stop() };
  }
  const template = await ensurePostgresTemplate();
  const name = `${TEST_DB_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: withDatabase(testEnvironment().databaseUrl, name),
    backend: 'postgres',
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database (no migrations), for tests that build a schema another way to compare with. */
export async function createEmptyTestDatabase(): Promise<TestDatabase> {
  if ((await testDatabaseBackend()) === 'pglite') {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://' });
    return { url: embedded.url, backend: 'pglite', drop: () => embedded.stop() };
  }
  const name = `${TEST_DB_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(testEnvironment().databaseUrl, name),
    backend: 'postgres',
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Jest globalSetup of the int and e2e projects: build the template before the workers start. */
export async function prepareTestDatabases(backend?: TestDatabaseBackend): Promise<void> {
  if ((backend ?? (await testDatabaseBackend())) === 'postgres') await ensurePostgresTemplate();
  else await ensurePgliteTemplate();
}
