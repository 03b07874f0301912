// autocannon at an overall rate (20 connections, bursts at the top of every second: see README.md), with
// a 2xx whose body carries GraphQL `errors` counted as an error (autocannon's verifyBody mismatches).
import autocannon from 'autocannon';
import { graphqlBodyHasErrors } from './steady-rate.mjs';

/**
 * @param {{ url: URL, headers: Record<string, string>, body: string, rate: number, durationSec: number, connections?: number }} o
 */
export async function autocannonRate(o) {
  const a = await autocannon({
    url: o.url.toString(),
    method: 'POST',
    headers: o.headers,
    body: o.body,
    connections: o.connections ?? 20,
    overallRate: o.rate,
    duration: o.durationSec,
    verifyBody: (b) => !graphqlBodyHasErrors(b),
  });
  return {
    // Every answer, mismatched or not (autocannon records the response before it checks the body).
    requests: a.requests.total,
    throughputReqPerSec: a.requests.average,
    latencyMs: { p50: a.latency.p50, p90: a.latency.p90, p99: a.latency.p99, max: a.latency.max },
    non2xx: a.non2xx,
    graphqlErrors: a.mismatches,
    errors: a.errors + a.timeouts + a.mismatches,
  };
}
