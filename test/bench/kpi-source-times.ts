import { Client } from 'pg';
import { SOURCE_ROWS, bindNamed } from '../../libs/kpi/src/kpi-sources.sql';
import { monthPeriod } from '../../libs/kpi/src/domain/months';

/** Times each KPI source's statement for a few counties of a kept scale database (a look at where a rollup's time goes). */
async function main(): Promise<void> {
  const url = process.argv[2];
  const month = process.argv[3] ?? '2026-10';
  const counties = (process.argv[4] ?? '981101,980503,981306').split(',');
  const period = monthPeriod(month, '2026-12-07');
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`SET jit = off`);
  await client.query(`SET max_parallel_workers_per_gather = 0`);
  await client.query(`SET work_mem = '64MB'`);
  const totals: Record<string, number> = {};
  for (let round = 0; round < 2; round += 1) {
    for (const county of counties) {
      for (const [source, rows] of Object.entries(SOURCE_ROWS)) {
        const { text, params } = bindNamed(`SELECT township, count(*) FROM (${rows}) x GROUP BY township`, {
          month: period.first, day: period.day, next: period.next, prefix: `${county}%`, weeks: period.weeks, circle: { walkSpeed: 60, detour: 1.3, circleMinutes: 15 },
        });
        const at = performance.now();
        await client.query(text, params);
        if (round === 1) totals[source] = (totals[source] ?? 0) + performance.now() - at;
      }
    }
  }
  for (const [source, ms] of Object.entries(totals).sort((a, b) => b[1] - a[1])) process.stdout.write(`${source.padEnd(16)} ${(ms / counties.length).toFixed(1).padStart(8)} ms per county\n`);
  await client.end();
}
void main();
