import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Request } from 'playwright-core';
import { runBench, spawnBuiltApi, step } from './bench-api';

/**
 * The officer's board (指标看板) as a person meets it, on the embedded demo (`npm start` without DATABASE_URL):
 * - JavaScript sent (gzip, as served) before the board's cards are visible — goal ≤ 350 KB;
 * - time from navigation to the cards visible, and to the sparklines drawn — goal < 1.5 s; each against a baseline
 *   measured in the same run: the board's own overview request made alone from Node (what the page cannot beat);
 * - the API requests the board made (goal ≤ 3).
 * Each of RUNS navigations starts with an empty cache (a new browser context). The demo database stays in
 * .data-bench/ between runs (the first run loads it: ≈ 40 s).
 *
 *   npm run bench:web
 */
const ROOT = resolve(__dirname, '../../..');
const REGION = process.env.BENCH_REGION ?? '500112000000';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Runs in the page (whose CSP refuses a string to evaluate): at least `count` elements match. */
const atLeast = ({ selector, count }: { selector: string; count: number }) =>
  (globalThis as unknown as { document: { querySelectorAll(selector: string): { length: number } } }).document.querySelectorAll(selector).length >= count;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const dataDir = join(ROOT, '.data-bench');
  mkdirSync(dataDir, { recursive: true });
  step('starting the built API embedded (demo data in .data-bench/)');
  const api = await spawnBuiltApi({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const { base } = api;
    const login = (await (
      await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'yiyang-demo-2025' }) })
    ).json()) as { accessToken: string; expiresIn: number; user: unknown };
    const session = JSON.stringify({ token: login.accessToken, expiresAt: Date.now() + login.expiresIn * 1000, user: login.user });
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    const boardPath = `/kpi?region=${REGION}&month=${month}`;


    async function measureBoard(runs: number): Promise<void> {
      const baselines: number[] = [];
      const cards: number[] = [];
      const sparklines: number[] = [];
      let scriptBytes = 0;
      let apiRequests: string[] = [];
      for (let run = 0; run < runs; run++) {
        const overviewStart = performance.now();
        const overview = await fetch(`${base}/api/v1/kpi?regionCode=${REGION}&month=${month}`, { headers: { authorization: `Bearer ${login.accessToken}` } });
        const indicators = ((await overview.json()) as { items: unknown[] }).items.length;
        baselines.push(performance.now() - overviewStart);

        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
        await context.addInitScript((value) => (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem('yiyang.session', value), session);
        const page = await context.newPage();
        const requests: Request[] = [];
        page.on('request', (request) => requests.push(request));
        const navigationStart = performance.now();
        await page.goto(`${base}${boardPath}`);
        await page.waitForFunction(atLeast, { selector: 'article[aria-label]', count: indicators }, { timeout: 60_000, polling: 20 });
        cards.push(performance.now() - navigationStart);
        const scriptsBeforeCards = requests.filter((request) => request.resourceType() === 'script');
        await page.waitForFunction(atLeast, { selector: '[data-testid="sparkline"]', count: indicators }, { timeout: 120_000, polling: 50 });
        sparklines.push(performance.now() - navigationStart);
        let bytes = 0;
        for (const script of scriptsBeforeCards) bytes += (await script.sizes()).responseBodySize;
        scriptBytes = bytes;
        apiRequests = requests.filter((request) => new URL(request.url()).pathname.startsWith('/api/')).map((request) => `${request.method()} ${new URL(request.url()).pathname}${new URL(request.url()).search}`);
        await context.close();
      }
      const baseline = median(baselines);
      process.stdout.write(
        [
          `  overview request alone (baseline)         ${baseline.toFixed(0).padStart(6)} ms`,
          `  navigation → every card visible           ${median(cards).toFixed(0).padStart(6)} ms   ${(median(cards) / baseline).toFixed(2)}× baseline   goal < 1500 ms`,
          `  navigation → every sparkline drawn        ${median(sparklines).toFixed(0).padStart(6)} ms   ${(median(sparklines) / baseline).toFixed(2)}× baseline`,
          `  JavaScript before the cards (gzip)        ${(scriptBytes / 1024).toFixed(0).padStart(6)} KB   goal ≤ 350 KB`,
          `  API requests the board made               ${String(apiRequests.length).padStart(6)}      goal ≤ 3`,
          ...apiRequests.map((request) => `    ${request}`),
          '',
        ].join('\n'),
      );
    }
    const pending = async () => {
      const runs = (await (await fetch(`${base}/api/v1/rollups?limit=100`, { headers: { authorization: `Bearer ${login.accessToken}` } })).json()) as { items: { status: string }[] };
      return runs.items.filter((run) => run.status === 'queued' || run.status === 'running').length;
    };
    if ((await pending()) > 0) {
      step('once while the demo months are still rolled up in the background (first start)');
      await measureBoard(1);
      for (let left = await pending(); left > 0; left = await pending()) {
        process.stdout.write(`  waiting for the background rollups: ${left} months left\n`);
        await new Promise((resolve) => setTimeout(resolve, 10_000));
      }
    }
    step(`board of ${REGION} for ${month}: ${RUNS} cold navigations`);
    await measureBoard(RUNS);
  } finally {
    await browser.close();
    await api.stop();
  }
}

runBench(main);
