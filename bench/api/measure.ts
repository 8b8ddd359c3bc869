import http from 'node:http';

/** The measurement loop: clients over HTTP, percentiles, and runs in alternating halves. */

export function post(agent: http.Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface Measured {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  n: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

interface Run {
  latencies: number[];
  seconds: number;
}

/** `concurrency` clients, each sending its next request when the last one is answered, for `seconds`. */
export async function drive(run: (i: number) => Promise<void>, concurrency: number, seconds: number, samples: number): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const i = next++ % samples;
        const s = performance.now();
        await run(i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - t0) / 1000 };
}

function summarise(...runs: Run[]): Measured {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99), rps: latencies.length / seconds, n: latencies.length };
}

/**
 * API, driver, driver, API in halves, so whatever drifts during a scenario (the page cache, the
 * JVM's garbage, other load on the machine) falls on both sides alike.
 */
export async function compare(viaApi: (i: number) => Promise<void>, viaDriver: (i: number) => Promise<void>, concurrency: number, seconds: number, samples: number) {
  const half = seconds / 2;
  const a1 = await drive(viaApi, concurrency, half, samples);
  const d1 = await drive(viaDriver, concurrency, half, samples);
  const d2 = await drive(viaDriver, concurrency, half, samples);
  const a2 = await drive(viaApi, concurrency, half, samples);
  return { a: summarise(a1, a2), d: summarise(d1, d2) };
}
