import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { runBench, startBenchApi, step } from './bench-api';

/**
 * The family's home page on a phone over a slow mobile network, Lighthouse-style, through the built API and web app:
 * - the JavaScript it transfers (gzip, as the API's compression sends it) — budget 250 KB;
 * - first render (navigation → the page's heading drawn) with the network throttled through the Chrome DevTools
 *   Protocol to Lighthouse's mobile profile ("Slow 4G", DevTools' old "Fast 3G": 150 ms RTT × 3.75 request latency,
 *   1.6 Mbps × 0.9 down, 750 kbps × 0.9 up) — goal < 2 s;
 * against a baseline measured in the same run and conditions: the sign-in page (the shell and the form, no data).
 * Every visit is a first visit (a new context: empty HTTP cache, no service worker yet), 375 × 667. Not in `npm test`.
 *
 *   npm run bench:family
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUDGET_KB = 250;
const GOAL_MS = 2000;
/** Lighthouse's throttling.mobileSlow4G, as DevTools applies it (lighthouse-core/config/constants.js). */
const MOBILE_NETWORK = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8,
};

type PageGlobals = {
  document: { querySelector(selector: string): unknown };
  performance: { now(): number; getEntriesByType(type: string): Record<string, unknown>[] };
};

/** Runs in the page: once the page's heading is in the document, the page's clock; until then false. */
const headingAt = () => {
  const page = globalThis as unknown as PageGlobals;
  return page.document.querySelector('h1') !== null && page.performance.now();
};

/** Runs in the page: the scripts fetched (compressed bytes on the wire), and first contentful paint. */
const scripts = () => {
  const page = globalThis as unknown as PageGlobals;
  const js = page.performance
    .getEntriesByType('resource')
    .filter((entry) => String(entry.name).endsWith('.js'))
    .map((entry) => ({ name: new URL(String(entry.name)).pathname, bytes: Number(entry.encodedBodySize) }));
  const fcp = page.performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
  return { js, fcp: fcp ? Number(fcp.startTime) : null };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main(): Promise<void> {
  const bench = await startBenchApi();
  const { base } = bench;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    step('a family account with one relative');
    const [relative] = await bench.registerPeople(1);
    const token = await bench.user({ username: 'bench-family', role: 'family', residentIds: [relative] });
    const user = await bench.call<unknown>('GET', '/api/v1/auth/me', token);
    const session = JSON.stringify({ token, expiresAt: Date.now() + 3_600_000, user });

    /** One first visit to `path`, throttled: heading drawn, FCP, and the scripts once the network is quiet. */
    async function visit(path: string, signedIn: boolean) {
      const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      if (signedIn) {
        await context.addInitScript((value) => (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem('yiyang.session', value), session);
      }
      const page: Page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
      await page.goto(`${base}${path}`, { waitUntil: 'commit', timeout: 120_000 });
      const drawn = Number(await (await page.waitForFunction(headingAt, undefined, { timeout: 120_000, polling: 'raf' })).jsonValue());
      await page.waitForLoadState('networkidle', { timeout: 120_000 });
      const { js, fcp } = await page.evaluate(scripts);
      await context.close();
      return { drawn, fcp, js, jsBytes: js.reduce((sum, entry) => sum + entry.bytes, 0) };
    }

    step(`${RUNS} throttled first visits each to /sign-in (baseline) and /family (375×667, Lighthouse mobile network)`);
    const loadBefore = loadavg()[0];
    const runs = { baseline: [] as Awaited<ReturnType<typeof visit>>[], family: [] as Awaited<ReturnType<typeof visit>>[] };
    for (let run = 0; run < RUNS; run += 1) {
      runs.baseline.push(await visit('/sign-in', false));
      runs.family.push(await visit('/family', true));
    }
    const summary = (list: Awaited<ReturnType<typeof visit>>[]) => ({
      drawn: median(list.map((run) => run.drawn)),
      fcp: list.some((run) => run.fcp !== null) ? median(list.flatMap((run) => (run.fcp === null ? [] : [run.fcp]))) : null,
      jsBytes: median(list.map((run) => run.jsBytes)),
    });
    const baseline = summary(runs.baseline);
    const family = summary(runs.family);
    const last = runs.family[runs.family.length - 1];
    process.stdout.write(
      [
        `  load average (1 min) ${loadBefore.toFixed(2)} before the visits, ${loadavg()[0].toFixed(2)} after, on ${availableParallelism()} cores`,
        `  network: ${MOBILE_NETWORK.latency} ms latency, ${kb(MOBILE_NETWORK.downloadThroughput * 8)} kbit/s down, ${kb(MOBILE_NETWORK.uploadThroughput * 8)} kbit/s up`,
        `  sign-in page (baseline): heading drawn ${baseline.drawn.toFixed(0).padStart(5)} ms, FCP ${baseline.fcp?.toFixed(0) ?? 'n/a'} ms, JavaScript ${kb(baseline.jsBytes)} KB gzip`,
        `  family home page:        heading drawn ${family.drawn.toFixed(0).padStart(5)} ms, FCP ${family.fcp?.toFixed(0) ?? 'n/a'} ms, JavaScript ${kb(family.jsBytes)} KB gzip`,
        `    ${(family.drawn / baseline.drawn).toFixed(2)}× baseline; goal < ${GOAL_MS} ms; JavaScript budget ${BUDGET_KB} KB gzip`,
        `    runs: ${runs.family.map((run) => run.drawn.toFixed(0)).join(', ')} ms (baseline ${runs.baseline.map((run) => run.drawn.toFixed(0)).join(', ')})`,
        `    scripts of the last run:`,
        ...last.js.map((entry) => `      ${entry.name.replace(/-[\w-]{8}\.js$/, '.js').padEnd(48)} ${kb(entry.bytes).padStart(7)} KB`),
        '',
      ].join('\n'),
    );
    if (family.jsBytes > BUDGET_KB * 1024 || family.drawn > GOAL_MS) process.exitCode = 1;
  } finally {
    await browser.close();
    await bench.stop();
  }
}

runBench(main);
