import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { bedsLayout, createTestDatabase, makeIdNumber, NINE_RISKS, REGIONS_CSV, YUBEI_TOWNSHIP } from '@yiyang/testing';
import { Client } from 'pg';
import { formatResults, load, type LoadResult } from './http-load';

/**
 * Bed board of a 500-bed facility, 400 of its beds occupied, under 50 concurrent clients, against GET /api/v1/auth/me (the trivial
 * authenticated endpoint: token check and one account lookup) measured in the same run, both through the built API
 * process on PostgreSQL. Targets (issue 3): board p95 < 20 ms, board throughput ≥ 40 % of the baseline's.
 */
const ROOT = resolve(__dirname, '../../..');
const CONNECTIONS = 50;
const SECONDS = Number(process.argv.find((arg) => arg.startsWith('--seconds='))?.split('=')[1] ?? 10);
const ROUNDS = 2;
const BEDS = 500;
/** Beds with someone in them, so the board shows occupants as a full home's does. */
const OCCUPIED = 400;

function step(message: string): void {
  process.stdout.write(`• ${message}\n`);
}

async function api<T>(base: string, method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function main(): Promise<void> {
  step('cloning a migrated test database');
  const database = await createTestDatabase();
  if (database.backend !== 'postgres') process.stdout.write('  (no PostgreSQL answering: running on embedded PGlite, figures are not comparable)\n');
  const adminPassword = randomBytes(12).toString('hex');
  step('starting the built API (LOG_LEVEL=warn, so access logs do not weigh on either endpoint)');
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url, PORT: '0', JWT_SECRET: randomBytes(32).toString('hex'), DATA_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`, DATA_HASH_KEY: randomBytes(32).toString('base64'), ADMIN_PASSWORD: adminPassword, LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '20' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const base = await new Promise<string>((done, fail) => {
      const timer = setInterval(() => {
        const match = /API\s+(http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(output);
        if (match) {
          clearInterval(timer);
          done(match[1]);
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          fail(new Error(`API exited:\n${output}`));
        }
      }, 50);
    });
    const { accessToken: admin } = await api<{ accessToken: string }>(base, 'POST', '/api/v1/auth/login', null, { username: 'admin', password: adminPassword });
    step('importing regions and registering a facility');
    const form = new FormData();
    form.append('file', new Blob([REGIONS_CSV], { type: 'text/csv' }), 'regions.csv');
    const imported = await fetch(`${base}/api/v1/regions/import`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: form });
    if (!imported.ok) throw new Error(`region import: ${imported.status} ${await imported.text()}`);
    const facility = await api<{ id: string }>(base, 'POST', '/api/v1/facilities', admin, {
      name: '基准测试养老院',
      regionCode: YUBEI_TOWNSHIP,
      kind: 'institution',
      ownership: 'public',
      operation: 'government',
      openedOn: '2020-01-01',
    });
    step(`creating ${BEDS} beds in one call`);
    const { items: beds } = await api<{ items: { id: string }[] }>(base, 'POST', `/api/v1/facilities/${facility.id}/beds/bulk`, admin, {
      openedOn: '2024-01-01',
      beds: bedsLayout(BEDS, { perRoom: 4, careType: 300 }),
    });
    step(`registering ${OCCUPIED} older people and admitting them, over 2024, into as many beds`);
    for (let first = 0; first < OCCUPIED; first += 20) {
      await Promise.all(
        Array.from({ length: Math.min(20, OCCUPIED - first) }, async (_, offset) => {
          const n = first + offset;
          const birthDate = `19${40 + (n % 20)}-0${1 + (n % 9)}-1${n % 10}`;
          const sequence = String(100 + Math.floor(n / 20));
          const person = await api<{ id: string }>(base, 'POST', '/api/v1/residents', admin, {
            name: `基准老人${n}`,
            idNumber: makeIdNumber('500112', birthDate, sequence),
            sex: Number(sequence[2]) % 2 === 1 ? 'male' : 'female',
            birthDate,
            hukouRegionCode: YUBEI_TOWNSHIP,
            residenceRegionCode: YUBEI_TOWNSHIP,
            livingArrangement: 'alone',
          });
          const admittedOn = new Date(Date.UTC(2024, 0, 1) + (n % 365) * 86_400_000).toISOString().slice(0, 10);
          await api(base, 'POST', '/api/v1/admissions', admin, { residentId: person.id, bedId: beds[n].id, admittedOn, safetyRisks: NINE_RISKS });
        }),
      );
    }
    // A database in use has planner statistics; a freshly filled one gets them from autovacuum a little later.
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query('ANALYZE');
    await client.end();
    const password = randomBytes(12).toString('hex');
    await api(base, 'POST', '/api/v1/users', admin, { username: 'bench.operator', password, role: 'operator', facilityIds: [facility.id] });
    const { accessToken: operator } = await api<{ accessToken: string }>(base, 'POST', '/api/v1/auth/login', null, { username: 'bench.operator', password });
    const board = await api<{ totals: { listed: number; occupied: number } }>(base, 'GET', `/api/v1/facilities/${facility.id}/bed-board?date=2025-06-01`, operator);
    if (board.totals.listed !== BEDS || board.totals.occupied !== OCCUPIED) {
      throw new Error(`bed board lists ${board.totals.listed} beds, ${board.totals.occupied} occupied; expected ${BEDS}, ${OCCUPIED}`);
    }

    const trivial = `${base}/api/v1/auth/me`;
    const bedBoard = `${base}/api/v1/facilities/${facility.id}/bed-board?date=2025-06-01`;
    const results: { baseline: LoadResult[]; board: LoadResult[]; uncached: LoadResult[] } = { baseline: [], board: [], uncached: [] };
    // Every uncached request asks for a day not asked before, so the board is rendered by SQL each time.
    let day = 0;
    const freshDate = () => `/api/v1/facilities/${facility.id}/bed-board?date=${new Date(Date.UTC(2024, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10)}`;
    for (let round = 1; round <= ROUNDS; round += 1) {
      step(`round ${round}/${ROUNDS}: ${CONNECTIONS} clients, ${SECONDS} s each (after a 2 s warm-up)`);
      results.baseline.push(await load(`GET /auth/me (round ${round})`, trivial, operator, CONNECTIONS, SECONDS));
      results.board.push(await load(`GET bed-board, cached (round ${round})`, bedBoard, operator, CONNECTIONS, SECONDS));
      results.uncached.push(await load(`GET bed-board, rendered (round ${round})`, bedBoard, operator, CONNECTIONS, SECONDS, { pathFor: freshDate }));
    }
    const all = [...results.baseline, ...results.board, ...results.uncached];
    process.stdout.write(`\n${formatResults(all)}\n\n`);
    const mean = (rows: LoadResult[], key: keyof LoadResult) => rows.reduce((sum, r) => sum + (r[key] as number), 0) / rows.length;
    const ratio = mean(results.board, 'requestsPerSecond') / mean(results.baseline, 'requestsPerSecond');
    const boardP95 = Math.max(...results.board.map((r) => r.p95));
    const renderedRatio = mean(results.uncached, 'requestsPerSecond') / mean(results.baseline, 'requestsPerSecond');
    const renderedP95 = Math.max(...results.uncached.map((r) => r.p95));
    process.stdout.write(
      [
        `  bed board throughput / baseline throughput: ${(ratio * 100).toFixed(1)} %   (target ≥ 40 %: ${ratio >= 0.4 ? 'met' : 'NOT met'})`,
        `  bed board p95 (worst round): ${boardP95.toFixed(1)} ms   (target < 20 ms: ${boardP95 < 20 ? 'met' : 'NOT met'})`,
        `  rendered each time (no cache hit): ${(renderedRatio * 100).toFixed(1)} % of the baseline, p95 ${renderedP95.toFixed(1)} ms`,
        `  baseline p95 (worst round): ${Math.max(...results.baseline.map((r) => r.p95)).toFixed(1)} ms — the floor for any endpoint at ${CONNECTIONS} clients on this machine`,
        `  errors: ${all.reduce((sum, r) => sum + r.errors + r.non2xx, 0)}`,
        '',
      ].join('\n'),
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    await database.drop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
