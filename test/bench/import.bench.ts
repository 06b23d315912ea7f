import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { minimalXlsx, regionsCsv, YUBEI, zipWithOnePart } from '@yiyang/testing';
import { runBench, startBenchApi, step, type BenchApi } from './bench-api';

/**
 * Bounded imports (issue 13), against the built API at its default limits (20 MB, 200,000 rows, jobs past 5,000
 * rows): how fast a 50 MB upload, a zip bomb and an XLSX of a million rows are refused, and what a 20 MB file of
 * 200,000 regions costs — time to `completed`, the API's peak RSS growth, and /health/live latency during the import
 * against the same probe while idle.
 */
const OVERSIZED_BYTES = 50 * 1024 * 1024;
const ROWS = 200_000;
/** Pads the village names so that 200,000 rows come to just under 20 MB. */
const NAME_LENGTH = 22;
const PROBE_EVERY_MS = 20;
const BOMB_INFLATED_BYTES = 300 * 1024 * 1024;
const XLSX_ROWS = 1_000_000;

function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Times GET /health/live one request after another until `until` resolves. */
async function probeLiveness(base: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    await (await fetch(`${base}/health/live`)).arrayBuffer();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
  }
  return latencies;
}

/** Runs `upload` while sampling the API's RSS: how long it took and how far RSS rose above where it started. */
async function withRss<T>(pid: number, upload: () => Promise<T>): Promise<{ value: T; ms: number; before: number; growth: number }> {
  const before = rssBytes(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 25);
  const started = performance.now();
  try {
    const value = await upload();
    return { value, ms: performance.now() - started, before, growth: Math.max(peak, rssBytes(pid)) - before };
  } finally {
    clearInterval(sampler);
  }
}

async function postFile(bench: BenchApi, content: Buffer, filename: string): Promise<{ status: number; message: string }> {
  const form = new FormData();
  form.append('file', new Blob([content]), filename);
  const response = await fetch(`${bench.base}/api/v1/regions/import`, { method: 'POST', headers: { authorization: `Bearer ${bench.admin}` }, body: form });
  const body = (await response.json()) as { message?: string };
  return { status: response.status, message: body.message ?? '' };
}

/** Sends a 50 MB body as a client would, and times the answer (which should not wait for the body). */
function timeOversizedUpload(bench: BenchApi): Promise<{ status: number; ms: number; sentBytes: number }> {
  const started = performance.now();
  let sentBytes = 0;
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${bench.base}/api/v1/regions/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bench.admin}`, 'content-type': 'multipart/form-data; boundary=x', 'content-length': OVERSIZED_BYTES },
    });
    request.on('response', (response) => {
      resolve({ status: response.statusCode!, ms: performance.now() - started, sentBytes });
      request.destroy();
    });
    request.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const send = () => {
      while (sentBytes < OVERSIZED_BYTES && !request.destroyed) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', send);
      }
    };
    send();
  });
}

async function main(): Promise<void> {
  const bench = await startBenchApi();
  try {
    const idle = await probeLiveness(bench.base, new Promise((resolve) => setTimeout(resolve, 3_000)));

    step('50 MB upload');
    const oversized = await timeOversizedUpload(bench);

    step(`a zip bomb inflating to ${BOMB_INFLATED_BYTES / 1024 / 1024} MB`);
    const bombFile = zipWithOnePart('xl/worksheets/sheet1.xml', Buffer.alloc(BOMB_INFLATED_BYTES, 0x20));
    const bomb = await withRss(bench.pid, () => postFile(bench, bombFile, 'bomb.xlsx'));

    step(`an XLSX of ${XLSX_ROWS.toLocaleString('en')} rows`);
    const xlsxFile = minimalXlsx(
      (function* () {
        yield ['code', 'name', 'level'];
        for (let row = 0; row < XLSX_ROWS; row++) yield [String(500112500000 + row), 'x', 'village'];
      })(),
    );
    const xlsx = await withRss(bench.pid, () => postFile(bench, xlsxFile, 'million.xlsx'));

    step(`a ${ROWS.toLocaleString('en')}-row region file`);
    const csv = Buffer.from(regionsCsv(YUBEI, ROWS, NAME_LENGTH));
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'villages.csv');
    const importing = withRss(bench.pid, async () => {
      const started = performance.now();
      const accepted = await fetch(`${bench.base}/api/v1/regions/import`, { method: 'POST', headers: { authorization: `Bearer ${bench.admin}` }, body: form });
      if (accepted.status !== 202) throw new Error(`import: ${accepted.status} ${await accepted.text()}\n${bench.output().slice(-3000)}`);
      const acceptedMs = performance.now() - started;
      const { id } = (await accepted.json()) as { id: string };
      for (;;) {
        const job = await bench.call<{ status: string; result: unknown; message: string | null }>('GET', `/api/v1/imports/${id}`, bench.admin);
        if (job.status === 'completed') return { acceptedMs, result: job.result };
        if (job.status === 'failed') throw new Error(`import failed: ${job.message}\n${bench.output().slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    });
    const [during, outcome] = await Promise.all([probeLiveness(bench.base, importing), importing]);

    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const idleP99 = percentile(idle, 99);
    const duringP99 = percentile(during, 99);
    process.stdout.write(
      [
        '',
        `50 MB upload        ${oversized.status} in ${oversized.ms.toFixed(0)} ms, after ${mb(oversized.sentBytes)} of the body had been handed to the socket`,
        `zip bomb            ${(bombFile.length / 1024).toFixed(0)} KB → ${mb(BOMB_INFLATED_BYTES)}: ${bomb.value.status} in ${bomb.ms.toFixed(0)} ms, API RSS +${mb(bomb.growth)} ("${bomb.value.message}")`,
        `${XLSX_ROWS} XLSX rows  ${mb(xlsxFile.length)}: ${xlsx.value.status} in ${(xlsx.ms / 1000).toFixed(1)} s, API RSS +${mb(xlsx.growth)} ("${xlsx.value.message}")`,
        `${ROWS} rows, ${mb(csv.length)} CSV  202 in ${(outcome.value.acceptedMs / 1000).toFixed(1)} s, completed in ${(outcome.ms / 1000).toFixed(1)} s: ${JSON.stringify(outcome.value.result)}`,
        `API RSS             ${mb(outcome.before)} before, peak growth ${mb(outcome.growth)} (goal ≤ 300 MB)`,
        `/health/live p99    idle ${idleP99.toFixed(1)} ms (${idle.length} probes), during the import ${duringP99.toFixed(1)} ms (${during.length} probes, max ${Math.max(...during).toFixed(0)} ms): ${(duringP99 / idleP99).toFixed(1)}× idle (goal: < 1 s)`,
        '',
      ].join('\n'),
    );
  } finally {
    await bench.stop();
  }
}

runBench(main);
