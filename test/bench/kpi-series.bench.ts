import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBuiltApi, step } from './bench-api';

/**
 * KPI series on the demo, as `npm start` runs it: embedded PGlite by default, PostgreSQL with BENCH_DATABASE_URL (an
 * empty migrated database; in-process jobs). Twice: while the demo months are rolled up in the background (live
 * months; a cheap request's latency shows whether the API stays responsive), and once they all are (snapshots, the
 * current month live). Each time the series of one indicator over every demo month, every indicator over 12 months
 * (the board), every indicator over every month and a matrix, against the same months computed one by one
 * (GET /kpi/:indicator/breakdown per month, the one-month engine) measured in the same run.
 *
 *   npm run build && npx swc test/bench -d dist --quiet && node dist/test/bench/kpi-series.bench.js
 */
const REGION = '500112000000';
const FIRST = '2020-12';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yiyang-series-bench-'));
  step('starting the built API embedded, loading the demo');
  const started = performance.now();
  const api = await spawnBuiltApi({
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL, DEMO_DATA: 'true', ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'yiyang-demo-2025' } : {}),
  });
  const { base } = api;
  try {
    process.stdout.write(`  API up (demo loaded) after ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const call = async <T>(path: string, token?: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${base}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const { accessToken } = await call<{ accessToken: string }>('/api/v1/auth/login', undefined, { username: 'admin', password: 'yiyang-demo-2025' });
    const timed = async (label: string, path: string) => {
      const t = performance.now();
      await call(path, accessToken);
      const ms = performance.now() - t;
      process.stdout.write(`  ${label.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms\n`);
      return ms;
    };
    const current = new Date().toISOString().slice(0, 7);
    const months: string[] = [];
    for (let month = FIRST; month <= current; ) {
      months.push(month);
      const [y, m] = month.split('-').map(Number);
      month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    }
    const yearAgo = months[months.length - 12];
    const closed = months.length - 1;
    // Every closed month has a complete rollup of everything (the list is newest first).
    const rolledUp = async () =>
      (await call<{ items: { status: string; regionCode: string | null }[] }>(`/api/v1/rollups?limit=100`, accessToken)).items.filter(
        (run) => run.status === 'complete' && run.regionCode === null,
      ).length >= closed;

    const measure = async (when: string) => {
      step(`${when}: series ${FIRST}…${current} (${months.length} months) for ${REGION}`);
      const series: number[] = [];
      for (const indicator of ['care_type_bed_share', 'meal_assistance_daily_recipients', 'visit_rate_at_risk_elders', 'township_comprehensive_facility_coverage']) {
        series.push(await timed(`GET /kpi/${indicator}/series`, `/api/v1/kpi/${indicator}/series?regionCode=${REGION}&from=${FIRST}&to=${current}`));
      }
      const board = await timed(`GET /kpi/series (48 indicators, 12 months)`, `/api/v1/kpi/series?regionCode=${REGION}&from=${yearAgo}&to=${current}`);
      const all = await timed(`GET /kpi/series (48 indicators, ${months.length} months)`, `/api/v1/kpi/series?regionCode=${REGION}&from=${FIRST}&to=${current}`);
      const matrix = await timed(
        `GET /kpi/care_type_bed_share/matrix (24 months)`,
        `/api/v1/kpi/care_type_bed_share/matrix?regionCode=${REGION}&from=${months[months.length - 24]}&to=${current}`,
      );
      step(`${when}: baseline, the same ${months.length} months one by one (GET /kpi/care_type_bed_share/breakdown per month)`);
      let baseline = 0;
      for (const month of months) {
        const t = performance.now();
        await call(`/api/v1/kpi/care_type_bed_share/breakdown?regionCode=${REGION}&month=${month}`, accessToken);
        baseline += performance.now() - t;
      }
      process.stdout.write(`  month by month: ${baseline.toFixed(0)} ms\n`);
      const worst = Math.max(...series);
      process.stdout.write(
        `\n  one indicator's series: slowest ${worst.toFixed(0)} ms = ${(worst / baseline).toFixed(3)}× month by month (target < 500 ms: ${worst < 500 ? 'met' : 'NOT met'})\n` +
          `  the board (48 × 12): ${board.toFixed(0)} ms = ${(board / ((baseline * 12) / months.length)).toFixed(3)}× its 12 months one by one (target < 500 ms: ${board < 500 ? 'met' : 'NOT met'})\n` +
          `  48 × ${months.length}: ${all.toFixed(0)} ms; matrix: ${matrix.toFixed(0)} ms\n`,
      );
    };

    // While the months roll up: a cheap request now and then says how long a request waits for the background.
    const backgroundStarted = performance.now();
    const waits: number[] = [];
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const t = performance.now();
        await call(`/api/v1/rollups?limit=1`, accessToken);
        waits.push(performance.now() - t);
        await new Promise((done) => setTimeout(done, 500));
      }
    })();
    await measure('while rolling up');
    while (!(await rolledUp())) await new Promise((done) => setTimeout(done, 1000));
    probing = false;
    await probe;
    waits.sort((a, b) => a - b);
    const rollupLine = /"months":(\d+).*"durationMs":(\d+).*demo months rolled up/.exec(api.output());
    process.stdout.write(
      `\n  background rollups of ${closed} months: done ${((performance.now() - backgroundStarted) / 1000).toFixed(1)} s after the API was up` +
        (rollupLine ? ` (the log: ${rollupLine[1]} months in ${(Number(rollupLine[2]) / 1000).toFixed(1)} s)` : '') +
        `\n  a cheap request (GET /rollups?limit=1) meanwhile (${waits.length}×): median ${waits[waits.length >> 1].toFixed(0)} ms, p95 ${waits[Math.floor(waits.length * 0.95)].toFixed(0)} ms, max ${waits.at(-1)!.toFixed(0)} ms\n`,
    );
    await measure('rolled up');
  } finally {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
