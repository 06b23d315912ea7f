import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { regionsCsv, YUBEI } from '@yiyang/testing';
import { runBench, startBenchApi, step, type BenchApi } from './bench-api';

/**
 * Bounded imports (issue 13), against the built API at its default limits (20 MB, 200,000 rows, jobs past 5,000
 * rows): how fast a 50 MB upload is refused, and what a 20 MB file of 200,000 regions costs — time to `completed`,
 * the API's peak RSS growth, and /health/live latency during the import against the same probe while idle.
 */
const OVERSIZED_BYTES = 50 * 1024 * 1024;
const ROWS = 200_000;
/** Pads the village names so that 200,000 rows come to just under 20 MB. */
const NAME_LENGTH = 22;
const PROBE_EVERY_MS = 20;

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

    step(`a ${ROWS.toLocaleString('en')}-row region file`);
    const csv = Buffer.from(regionsCsv(YUBEI, ROWS, NAME_LENGTH));
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'villages.csv');
    const rssBefore = rssBytes(bench.pid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssBytes(bench.pid))), 25);
    const started = performance.now();
    const importing = (async () => {
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
    })();
    const [during, outcome] = await Promise.all([probeLiveness(bench.base, importing), importing]);
    const totalMs = performance.now() - started;
    clearInterval(sampler);

    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const idleP99 = percentile(idle, 99);
    const duringP99 = percentile(during, 99);
    process.stdout.write(
      [
        '',
        `50 MB upload        ${oversized.status} in ${oversized.ms.toFixed(0)} ms, after ${mb(oversized.sentBytes)} of the body had been handed to the socket`,
        `${ROWS} rows, ${mb(csv.length)} CSV  202 in ${outcome.acceptedMs.toFixed(0)} ms, completed in ${(totalMs / 1000).toFixed(1)} s: ${JSON.stringify(outcome.result)}`,
        `API RSS             ${mb(rssBefore)} before, peak ${mb(rssPeak)}: growth ${mb(rssPeak - rssBefore)} (goal ≤ 300 MB)`,
        `/health/live p99    idle ${idleP99.toFixed(1)} ms (${idle.length} probes), during the import ${duringP99.toFixed(1)} ms (${during.length} probes, max ${Math.max(...during).toFixed(0)} ms): ${(duringP99 / idleP99).toFixed(1)}× idle (goal: < 1 s)`,
        '',
      ].join('\n'),
    );
  } finally {
    await bench.stop();
  }
}

runBench(main);
