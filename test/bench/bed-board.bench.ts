import { bedsLayout, NINE_RISKS, YUBEI_TOWNSHIP } from '@yiyang/testing';
import { runBench, secondsArgument, startBenchApi, step } from './bench-api';
import { formatResults, load, meanThroughput, type LoadResult } from './http-load';

/**
 * Bed board of a 500-bed facility, 400 of its beds occupied, under 50 concurrent clients, against GET /api/v1/auth/me (the trivial
 * authenticated endpoint: token check and one account lookup) measured in the same run, both through the built API
 * process on PostgreSQL. Targets (issue 3): board p95 < 20 ms, board throughput ≥ 40 % of the baseline's.
 */
const CONNECTIONS = 50;
const SECONDS = secondsArgument(10);
const ROUNDS = 2;
const BEDS = 500;
/** Beds with someone in them, so the board shows occupants as a full home's does. */
const OCCUPIED = 400;

async function main(): Promise<void> {
  const bench = await startBenchApi();
  const { base, admin } = bench;
  try {
    step('registering a facility');
    const facility = await bench.call<{ id: string }>('POST', '/api/v1/facilities', admin, {
      name: '基准测试养老院',
      regionCode: YUBEI_TOWNSHIP,
      kind: 'institution',
      ownership: 'public',
      operation: 'government',
      openedOn: '2020-01-01',
    });
    step(`creating ${BEDS} beds in one call`);
    const { items: beds } = await bench.call<{ items: { id: string }[] }>('POST', `/api/v1/facilities/${facility.id}/beds/bulk`, admin, {
      openedOn: '2024-01-01',
      beds: bedsLayout(BEDS, { perRoom: 4, careType: 300 }),
    });
    step(`registering ${OCCUPIED} older people and admitting them, over 2024, into as many beds`);
    const people = await bench.registerPeople(OCCUPIED);
    for (let first = 0; first < OCCUPIED; first += 20) {
      await Promise.all(
        people.slice(first, first + 20).map((residentId, offset) => {
          const n = first + offset;
          const admittedOn = new Date(Date.UTC(2024, 0, 1) + (n % 365) * 86_400_000).toISOString().slice(0, 10);
          return bench.call('POST', '/api/v1/admissions', admin, { residentId, bedId: beds[n].id, admittedOn, safetyRisks: NINE_RISKS });
        }),
      );
    }
    await bench.analyze();
    const operator = await bench.user({ username: 'bench.operator', role: 'operator', facilityIds: [facility.id] });
    const board = await bench.call<{ totals: { listed: number; occupied: number } }>('GET', `/api/v1/facilities/${facility.id}/bed-board?date=2025-06-01`, operator);
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
      results.uncached.push(await load(`GET bed-board, rendered (round ${round})`, bedBoard, operator, CONNECTIONS, SECONDS, { request: () => ({ path: freshDate() }) }));
    }
    const all = [...results.baseline, ...results.board, ...results.uncached];
    process.stdout.write(`\n${formatResults(all)}\n\n`);
    const ratio = meanThroughput(results.board) / meanThroughput(results.baseline);
    const boardP95 = Math.max(...results.board.map((r) => r.p95));
    const renderedRatio = meanThroughput(results.uncached) / meanThroughput(results.baseline);
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
    await bench.stop();
  }
}

runBench(main);
