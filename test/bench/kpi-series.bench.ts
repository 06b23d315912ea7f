import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { step } from './bench-api';

/**
 * KPI series on the embedded demo (PGlite, as `npm start` runs without DATABASE_URL), no month rolled up: the
 * series of one indicator over every demo month, every indicator over 12 months (the board) and a matrix, against
 * the same months computed one by one (GET /kpi/:indicator/breakdown per month: the one-month engine the series
 * used before), measured in the same run.
 *
 *   npm run build && swc test/bench -d dist --quiet && node dist/test/bench/kpi-series.bench.js
 */
const ROOT = resolve(__dirname, '../../..');
const REGION = '500112000000';
const FIRST = '2020-12';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yiyang-series-bench-'));
  step('starting the built API embedded, loading the demo');
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' },
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
    step(`after: series ${FIRST}…${current} (${months.length} months) for ${REGION}`);
    const series: number[] = [];
    for (const indicator of ['care_type_bed_share', 'meal_assistance_daily_recipients', 'visit_rate_at_risk_elders', 'township_comprehensive_facility_coverage']) {
      series.push(await timed(`GET /kpi/${indicator}/series`, `/api/v1/kpi/${indicator}/series?regionCode=${REGION}&from=${FIRST}&to=${current}`));
    }
    const board = await timed(`GET /kpi/series (48 indicators, 12 months)`, `/api/v1/kpi/series?regionCode=${REGION}&from=${yearAgo}&to=${current}`);
    await timed(`GET /kpi/series (48 indicators, ${months.length} months)`, `/api/v1/kpi/series?regionCode=${REGION}&from=${FIRST}&to=${current}`);
    await timed(`GET /kpi/care_type_bed_share/matrix (24 months)`, `/api/v1/kpi/care_type_bed_share/matrix?regionCode=${REGION}&from=${months[months.length - 24]}&to=${current}`);
    step(`baseline: the same ${months.length} months one by one (GET /kpi/care_type_bed_share/breakdown per month, the one-month engine)`);
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
        `  the board (48 × 12): ${board.toFixed(0)} ms = ${(board / ((baseline * 12) / months.length)).toFixed(3)}× its 12 months one by one\n`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
