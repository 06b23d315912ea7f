import { bedsLayout, NINE_RISKS, YUBEI_TOWNSHIP } from '@yiyang/testing';
import { chromium, type Response } from 'playwright-core';
import { runBench, startBenchApi, step } from './bench-api';

/**
 * 床位一览 in Chromium for a 500-bed home (400 beds occupied), through the built API and web app on PostgreSQL:
 * - time from navigation to all 500 tiles drawn — goal < 500 ms — against a baseline measured in the same run: the
 *   same page for a one-bed home (the app, sign-in state and one board request, with nothing to draw);
 * - an unchanged refresh: the poll that follows must be exactly one request answered 304, and change nothing on the
 *   page (no DOM mutation under the board).
 * Each navigation starts with an empty cache (a new browser context). Not part of `npm test`.
 *
 *   npm run bench:board
 */
const BEDS = 500;
const OCCUPIED = 400;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Runs in the page (whose CSP refuses a string to evaluate): at least `count` tiles are drawn. */
const tilesAtLeast = (count: number) => (globalThis as unknown as { document: { querySelectorAll(selector: string): { length: number } } }).document.querySelectorAll('[data-bed]').length >= count;

/** Runs in the page: counts DOM mutations under the board from now on, in `window.boardMutations`. */
const watchBoard = () => {
  const page = globalThis as unknown as {
    document: { querySelector(selector: string): unknown };
    boardMutations: number;
    MutationObserver: new (callback: (records: unknown[]) => void) => { observe(target: unknown, options: object): void };
  };
  page.boardMutations = 0;
  new page.MutationObserver((records) => {
    page.boardMutations += records.length;
  }).observe(page.document.querySelector('.bed-board'), { subtree: true, childList: true, attributes: true, characterData: true });
};
const boardMutations = () => (globalThis as unknown as { boardMutations: number }).boardMutations;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const bench = await startBenchApi();
  const { base, admin } = bench;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const facility = (name: string) =>
      bench.call<{ id: string }>('POST', '/api/v1/facilities', admin, { name, regionCode: YUBEI_TOWNSHIP, kind: 'institution', ownership: 'public', operation: 'government', openedOn: '2020-01-01' });
    step(`creating a home of ${BEDS} beds, and a home of one bed (the baseline)`);
    const big = await facility('基准测试养老院');
    const small = await facility('一张床的养老院');
    const { items: beds } = await bench.call<{ items: { id: string }[] }>('POST', `/api/v1/facilities/${big.id}/beds/bulk`, admin, {
      openedOn: '2024-01-01',
      beds: bedsLayout(BEDS, { perRoom: 4, careType: 300 }),
    });
    await bench.call('POST', `/api/v1/facilities/${small.id}/beds/bulk`, admin, { openedOn: '2024-01-01', beds: bedsLayout(1) });
    step(`admitting ${OCCUPIED} people`);
    const people = await bench.registerPeople(OCCUPIED);
    for (let first = 0; first < OCCUPIED; first += 20) {
      await Promise.all(
        people.slice(first, first + 20).map((residentId, offset) =>
          bench.call('POST', '/api/v1/admissions', admin, { residentId, bedId: beds[first + offset].id, admittedOn: '2025-01-01', safetyRisks: NINE_RISKS }),
        ),
      );
    }
    await bench.analyze();
    const user = await bench.call<unknown>('GET', '/api/v1/auth/me', admin);
    const session = JSON.stringify({ token: admin, expiresAt: Date.now() + 3_600_000, user });

    async function open(facilityId: string, count: number) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      await context.addInitScript((value) => (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem('yiyang.session', value), session);
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${base}/facilities/${facilityId}/beds`);
      await page.waitForFunction(tilesAtLeast, count, { timeout: 60_000, polling: 'raf' });
      return { page, context, ms: performance.now() - started };
    }

    step(`${RUNS} cold navigations to each board (1024×768)`);
    const baseline: number[] = [];
    const board: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const one = await open(small.id, 1);
      baseline.push(one.ms);
      await one.context.close();
      const full = await open(big.id, BEDS);
      board.push(full.ms);
      await full.context.close();
    }

    step('an unchanged refresh of the 500-bed board');
    const { page, context } = await open(big.id, BEDS);
    await page.evaluate(watchBoard);
    const apiResponses: Response[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/')) apiResponses.push(response);
    });
    const refresh = await page.waitForResponse((response) => response.url().includes('/bed-board'), { timeout: 30_000 });
    await page.waitForTimeout(500);
    const mutations = await page.evaluate(boardMutations);
    const requests = apiResponses.map((response) => `${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    await context.close();

    const base500 = median(baseline);
    const full500 = median(board);
    process.stdout.write(
      [
        `  one-bed home: navigation → board drawn (baseline)   ${base500.toFixed(0).padStart(6)} ms`,
        `  ${BEDS}-bed home: navigation → ${BEDS} tiles drawn         ${full500.toFixed(0).padStart(6)} ms   ${(full500 / base500).toFixed(2)}× baseline   goal < 500 ms`,
        `    runs: ${board.map((ms) => ms.toFixed(0)).join(', ')} ms (baseline ${baseline.map((ms) => ms.toFixed(0)).join(', ')})`,
        `  unchanged refresh: ${requests.length} request(s): ${requests.join('; ')}   goal: exactly one 304`,
        `  DOM mutations under the board during it: ${mutations}   goal 0`,
        '',
      ].join('\n'),
    );
    if (refresh.status() !== 304 || requests.length !== 1) process.exitCode = 1;
  } finally {
    await browser.close();
    await bench.stop();
  }
}

runBench(main);
