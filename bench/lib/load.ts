import { Agent, request } from 'node:http';

/**
 * A small HTTP load generator (no autocannon: no new dependency): `concurrency` loops, each sending
 * one request at a time over a keep-alive connection, for a fixed duration after a short warm-up.
 */

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  concurrency: number;
  durationMs: number;
  /** Requests in the first warmupMs are sent but not counted. Default 300 ms. */
  warmupMs?: number;
  /** Responses with another status count as errors. Default 200. */
  expectStatus?: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Requests per second over the measured window. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<number, number>;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const expect = options.expectStatus ?? 200;
  const warmup = options.warmupMs ?? 300;
  const start = performance.now();
  const measureFrom = start + warmup;
  const end = measureFrom + options.durationMs;
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;

  const once = () =>
    new Promise<number>((resolve) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          headers: options.headers,
        },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', () => resolve(0));
        },
      );
      req.on('error', () => resolve(0));
      req.end();
    });

  const loop = async () => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= end) return;
      const status = await once();
      const t1 = performance.now();
      if (t0 < measureFrom) continue;
      latencies.push(t1 - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status !== expect) errors++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / (options.durationMs / 1000),
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    statuses,
  };
}
