import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';

export interface LoadResult {
  label: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface RequestShape {
  method?: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Drives `connections` concurrent clients at one URL for `seconds` (after a warm-up that is not counted) and reports
 * throughput and latency percentiles computed from every response.
 */
export async function load(
  label: string,
  url: string,
  token: string,
  connections: number,
  seconds: number,
  options: { warmupSeconds?: number; request?: () => RequestShape } = {},
): Promise<LoadResult> {
  const headers = { authorization: `Bearer ${token}` };
  // request() shapes every request on its own: its own path (for the bed board, its own cache entry), method, body, headers.
  const requests = options.request
    ? [
        {
          setupRequest: (base: { headers?: Record<string, string> }) => {
            const shape = options.request!();
            return { ...base, ...shape, headers: { ...base.headers, ...shape.headers } };
          },
        },
      ]
    : undefined;
  const warmupSeconds = options.warmupSeconds ?? 2;
  if (warmupSeconds > 0) await autocannon({ url, connections, duration: warmupSeconds, headers, requests } as autocannon.Options);
  const latencies: number[] = [];
  // Without a callback autocannon returns its running instance: an event emitter that is also a promise of the result.
  const instance = autocannon({ url, connections, duration: seconds, headers, requests } as autocannon.Options) as unknown as Promise<autocannon.Result> &
    EventEmitter;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    label,
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Mean throughput of some rounds, requests per second. */
export function meanThroughput(rounds: LoadResult[]): number {
  return rounds.reduce((sum, round) => sum + round.requestsPerSecond, 0) / rounds.length;
}

export function formatResults(results: LoadResult[]): string {
  const rows = results.map(
    (r) =>
      `  ${r.label.padEnd(34)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95
        .toFixed(1)
        .padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`,
  );
  return rows.join('\n');
}
