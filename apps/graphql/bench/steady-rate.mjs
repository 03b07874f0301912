// Open-loop load at a steady arrival rate: one request every 1000/rate ms whatever the server does
// (like wrk2's or k6's constant arrival rate). Latency counts from the scheduled send time, so a
// stalled server shows up in the percentiles instead of silently lowering the rate (coordinated
// omission). autocannon's `overallRate` instead lets each connection fire its per-second quota
// back to back at the start of every second, i.e. 200 req/s arrive as one burst of 20 concurrent
// requests per second.
import { Agent, request } from 'node:http';

/**
 * A GraphQL answer is a success only when its body is JSON without a non-empty `errors` array: the API
 * answers most failures (auth, validation, resolver errors, a down planner) with HTTP 200.
 * @param {string | Buffer} body
 * @returns {boolean}
 */
export function graphqlBodyHasErrors(body) {
  try {
    const parsed = JSON.parse(body.toString());
    return (
      parsed === null || typeof parsed !== 'object' || (Array.isArray(parsed.errors) && parsed.errors.length > 0) || !('data' in parsed)
    );
  } catch {
    return true;
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * @param {{ url: URL, headers: Record<string, string>, body: string, rate: number, durationSec: number, maxSockets?: number }} o
 */
export async function steadyRate(o) {
  const agent = new Agent({ keepAlive: true, maxSockets: o.maxSockets ?? 20 });
  const interval = 1000 / o.rate;
  const total = Math.round(o.rate * o.durationSec);
  const latencies = [];
  let errors = 0;
  let non2xx = 0;
  let graphqlErrors = 0;
  const send = (scheduled) =>
    new Promise((resolve) => {
      const req = request(
        o.url,
        { method: 'POST', agent, headers: { ...o.headers, 'content-length': Buffer.byteLength(o.body) } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode >= 300) non2xx++;
            else if (graphqlBodyHasErrors(Buffer.concat(chunks))) graphqlErrors++;
            latencies.push(performance.now() - scheduled);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(o.body);
    });
  const start = performance.now();
  const inFlight = [];
  for (let i = 0; i < total; i++) {
    const scheduled = start + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(send(scheduled));
  }
  await Promise.all(inFlight);
  const elapsedSec = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  const r = (x) => Math.round(x * 10) / 10;
  return {
    requests: total,
    throughputReqPerSec: r(latencies.length / elapsedSec),
    latencyMs: {
      p50: r(percentile(sorted, 50)),
      p90: r(percentile(sorted, 90)),
      p99: r(percentile(sorted, 99)),
      max: r(sorted.at(-1) ?? NaN),
    },
    non2xx,
    // 2xx answers whose body carries GraphQL `errors` (or is not a GraphQL answer): failures, not successes.
    graphqlErrors,
    errors: errors + graphqlErrors,
  };
}
