import { randomBytes } from 'node:crypto';
import { previousMonth } from '@yiyang/core';
import { createTestDatabase } from '@yiyang/testing';
import { runBench, spawnBuiltApi, step } from './bench-api';

/**
 * A what-if scenario (情景推演) evaluated for a city on the demo data, over HTTP as `npm start` serves it, on a
 * PostgreSQL database cloned from the migrated template (the demo loaded at start-up). The scenario converts beds in
 * the institutions the inverse answer names and adds a comprehensive centre in a township; it is evaluated RUNS
 * times and the median and slowest are printed. Run once, by hand; the figures are not a test.
 *
 *   npm run bench:scenario [-- --region=330200000000]
 */
const RUNS = 5;
const REGION = process.argv.find((arg) => arg.startsWith('--region='))?.split('=')[1] ?? '330200000000';

async function main(): Promise<void> {
  step('cloning a migrated test database');
  const database = await createTestDatabase();
  const password = randomBytes(12).toString('hex');
  step('starting the built API with the demo data');
  const started = performance.now();
  const api = await spawnBuiltApi({
    DATABASE_URL: database.url,
    PORT: '0',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    DATA_HASH_KEY: randomBytes(32).toString('base64'),
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD: password,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
  });
  try {
    process.stdout.write(`  API up after ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const call = async <T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> => {
      const response = await fetch(`${api.base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const { accessToken: token } = await call<{ accessToken: string }>('POST', '/api/v1/auth/login', null, { username: 'admin', password });
    const now = new Date(Date.now() + 8 * 3_600_000);
    const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const closed = previousMonth(current);
    const timed = async <T>(what: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      const result = await what();
      return [result, performance.now() - start];
    };
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

    // The closed month reads the other counties' stored parts: wait for the demo's background rollup of it, and for
    // the rollups of its history months (queued at start-up too), so the evaluations are timed on an idle server.
    step(`waiting for the demo's rollups (${closed} and the months before it)`);
    const deadline = Date.now() + 15 * 60_000;
    for (;;) {
      const runs = await call<{ items: { status: string; month: string; regionCode: string | null }[] }>('GET', `/api/v1/rollups?limit=100`, token);
      const closedDone = runs.items.some((run) => run.month === closed && run.status === 'complete' && run.regionCode === null);
      if (closedDone && !runs.items.some((run) => run.status === 'queued' || run.status === 'running')) break;
      if (Date.now() > deadline) throw new Error(`the demo's rollup of ${closed} did not complete`);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }

    for (const month of [closed, current]) {
      const source = month === closed ? 'rolled up: the other counties read from their stored parts' : 'the month in progress: every county computed';
      step(`${month} (${source})`);
      // Baseline in the same run: the region's attainment (GET /kpi), the request every officer's board makes.
      const baseline: number[] = [];
      for (let run = 0; run < RUNS; run++) baseline.push((await timed(() => call('GET', `/api/v1/kpi?regionCode=${REGION}&month=${month}`, token)))[1]);
      const [inverse, inverseMs] = await timed(() =>
        call<{ convert: number | null; changes: object[]; facilities: { facilityId: string }[] }>('GET', `/api/v1/kpi/care_type_bed_share/inverse?regionCode=${REGION}&month=${month}`, token),
      );
      process.stdout.write(`  inverse (care-type share of ${REGION}): ${inverseMs.toFixed(0)} ms, convert ${inverse.convert}, ${inverse.facilities.length} facilities\n`);
      const townships = await call<{ items: { code: string }[] }>('GET', `/api/v1/regions?within=${REGION}&level=township&limit=1`, token);
      const conversions = inverse.changes.length
        ? inverse.changes
        : inverse.facilities.slice(0, 3).map((facility) => ({ kind: 'convert_beds', facilityId: facility.facilityId, beds: 1, from: `${month}-01` }));
      const changes = [...conversions, { kind: 'add_centre', townshipCode: townships.items[0].code, from: `${month}-01` }];
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const [result, ms] = await timed(() => call<{ changedCount: number; elapsedMs: number }>('POST', '/api/v1/kpi/scenarios/evaluate', token, { regionCode: REGION, month, changes }));
        times.push(ms);
        process.stdout.write(`  evaluate #${run + 1}: ${ms.toFixed(0)} ms over HTTP (${result.elapsedMs} ms in the service), ${changes.length} changes, ${result.changedCount} values changed\n`);
      }
      const [, centreMs] = await timed(() => call('POST', '/api/v1/kpi/scenarios/evaluate', token, { regionCode: REGION, month, changes: changes.slice(-1) }));
      process.stdout.write(
        `\nscenario for ${REGION}, ${month}: median ${median(times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms (${RUNS} runs; goal < 1 s: ${median(times) < 1000 ? 'met' : 'NOT met'}); ` +
          `GET /kpi of the same region and month (baseline) median ${median(baseline).toFixed(0)} ms → ${(median(times) / median(baseline)).toFixed(2)}×; a centre alone ${centreMs.toFixed(0)} ms\n\n`,
      );
    }
  } finally {
    await api.stop();
    await database.drop();
  }
}

runBench(main);
