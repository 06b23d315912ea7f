import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createTestDatabase, makeIdNumber, REGIONS_CSV, YUBEI_TOWNSHIP, type TestDatabase } from '@yiyang/testing';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../..');

/** `--seconds=N` from the command line (default `fallback`). */
export function secondsArgument(fallback: number): number {
  return Number(process.argv.find((arg) => arg.startsWith('--seconds='))?.split('=')[1] ?? fallback);
}

export function step(message: string): void {
  process.stdout.write(`• ${message}\n`);
}

export interface BenchApi {
  base: string;
  /** The API process, for measuring its memory. */
  pid: number;
  /** What the API has written to stdout and stderr so far (warnings and errors at LOG_LEVEL=warn). */
  output(): string;
  database: TestDatabase;
  /** The administrator's token. */
  admin: string;
  call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T>;
  /** An account with the given grants, logged in: its token. */
  user(input: { username: string; role: string; facilityIds?: string[]; regionCode?: string; residentIds?: string[] }): Promise<string>;
  /** Registers `count` older people living alone in 双龙湖街道, 20 at a time: their ids. */
  registerPeople(count: number, extra?: Record<string, unknown>): Promise<string[]>;
  /** Planner statistics, as a database in use has them (a freshly filled one gets them from autovacuum later). */
  analyze(): Promise<void>;
  stop(): Promise<void>;
}

export interface BenchApiOptions {
  /** A database to run on (the caller keeps it; stop() does not drop it), instead of a fresh clone. */
  database?: TestDatabase;
  /** Import the test region tree (default true). */
  importRegions?: boolean;
}

/**
 * The built API process (LOG_LEVEL=warn, so access logs weigh on no endpoint) over a clone of the migrated test
 * database, with the test region tree imported: what every HTTP benchmark measures against.
 */
export async function startBenchApi(options: BenchApiOptions = {}): Promise<BenchApi> {
  if (!options.database) step('cloning a migrated test database');
  const database = options.database ?? (await createTestDatabase());
  if (database.backend !== 'postgres') process.stdout.write('  (no PostgreSQL answering: running on embedded PGlite, figures are not comparable)\n');
  const adminPassword = randomBytes(12).toString('hex');
  step('starting the built API (LOG_LEVEL=warn)');
  const api = await spawnBuiltApi({
    DATABASE_URL: database.url,
    PORT: '0',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    DATA_HASH_KEY: randomBytes(32).toString('base64'),
    ADMIN_PASSWORD: adminPassword,
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20',
    // Passed through for trying other settings: ROLLUP_CONCURRENCY=3 npm run bench:kpi -- …, DATABASE_POOL_SIZE=60 npm run bench:contention
    ...(process.env.ROLLUP_CONCURRENCY ? { ROLLUP_CONCURRENCY: process.env.ROLLUP_CONCURRENCY } : {}),
  }).catch(async (error: unknown) => {
    if (!options.database) await database.drop();
    throw error;
  });
  const { base, output } = api;
  const stop = async () => {
    await api.stop();
    if (!options.database) await database.drop();
  };
  try {
    const call = async <T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const login = async (username: string, password: string) => (await call<{ accessToken: string }>('POST', '/api/v1/auth/login', null, { username, password })).accessToken;
    const admin = await login('admin', adminPassword);
    if (options.importRegions ?? true) {
      step('importing the test region tree');
      const form = new FormData();
      form.append('file', new Blob([REGIONS_CSV], { type: 'text/csv' }), 'regions.csv');
      const imported = await fetch(`${base}/api/v1/regions/import`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: form });
      if (!imported.ok) throw new Error(`region import: ${imported.status} ${await imported.text()}`);
    }
    return {
      base,
      pid: api.pid,
      output,
      database,
      admin,
      call,
      async user(input) {
        const password = randomBytes(12).toString('hex');
        await call('POST', '/api/v1/users', admin, { ...input, password });
        return login(input.username, password);
      },
      async registerPeople(count, extra = {}) {
        const ids: string[] = [];
        for (let first = 0; first < count; first += 20) {
          const batch = Array.from({ length: Math.min(20, count - first) }, (_, offset) => {
            const n = first + offset;
            const birthDate = `19${40 + (n % 20)}-0${1 + (n % 9)}-1${n % 10}`;
            const sequence = String(100 + Math.floor(n / 20));
            return call<{ id: string }>('POST', '/api/v1/residents', admin, {
              name: `基准老人${n}`,
              idNumber: makeIdNumber('500112', birthDate, sequence),
              sex: Number(sequence[2]) % 2 === 1 ? 'male' : 'female',
              birthDate,
              hukouRegionCode: YUBEI_TOWNSHIP,
              residenceRegionCode: YUBEI_TOWNSHIP,
              livingArrangement: 'alone',
              ...extra,
            });
          });
          ids.push(...(await Promise.all(batch)).map((person) => person.id));
        }
        return ids;
      },
      async analyze() {
        const client = new Client({ connectionString: database.url });
        await client.connect();
        await client.query('ANALYZE');
        await client.end();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface BuiltApi {
  /** Where it answers, from the banner it prints when ready. */
  base: string;
  pid: number;
  /** What it has written to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the built API (`npm run build`) with exactly `env` (and PATH) and waits until its banner says where it answers. */
export async function spawnBuiltApi(env: Record<string, string>): Promise<BuiltApi> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
  };
  try {
    const base = await new Promise<string>((done, fail) => {
      const timer = setInterval(() => {
        const match = /API\s+(http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(output);
        if (match) done(match[1]);
        else if (child.exitCode !== null) fail(new Error(`API exited:\n${output}`));
        if (match || child.exitCode !== null) clearInterval(timer);
      }, 50);
    });
    return { base, pid: child.pid!, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs a benchmark's main, printing a failure and exiting non-zero. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
