// Coach-dashboard benchmark: roster with latest metrics and flags, at a fixed 200 req/s for 60 s on loopback.
// Needs a running API (default http://127.0.0.1:4000) with the demo seed (`pnpm liftgraph seed demo`).
// Usage: pnpm --filter @liftgraph/graphql bench [-- --url http://127.0.0.1:4000 --rate 200 --duration 60 --arrival autocannon|steady --api-pid PID --neo4j-pid PID]
// --arrival autocannon (default): autocannon, 20 connections, overallRate (each connection sends its per-second
// quota back to back at the start of every second: bursts). --arrival steady: open loop, one request every
// 1000/rate ms on up to 20 keep-alive sockets, latency from the scheduled send time (steady-rate.mjs).
// Either way a 2xx whose body carries GraphQL `errors` counts as an error (`graphqlErrors`, included in `errors`),
// and the command exits 1 when any request failed.
// With --api-pid / --neo4j-pid (Linux), it also prints the CPU milliseconds those processes spent per request
// during the run: a figure far less sensitive than latency to other load on a shared machine.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { autocannonRate } from './autocannon-rate.mjs';
import { steadyRate } from './steady-rate.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const url = new URL(arg('url', 'http://127.0.0.1:4000'));
if (!['127.0.0.1', 'localhost', '::1'].includes(url.hostname)) throw new Error(`loopback only, got ${url.hostname}`);
const rate = Math.min(1000, Number(arg('rate', '200')));
const duration = Math.min(120, Number(arg('duration', '60')));
const arrival = arg('arrival', 'autocannon');
if (!['autocannon', 'steady'].includes(arrival)) throw new Error(`--arrival must be autocannon or steady, got ${arrival}`);
const pids = { api: arg('api-pid', null), neo4j: arg('neo4j-pid', null) };
// utime + stime of a process in clock ticks (USER_HZ, 100 on Linux) → ms.
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const DASHBOARD = `query CoachDashboard { athletes { id name status { asOf acwr monotony strain weekLoadAu lastSessionDate daysSinceLastSession
  compliance { ratio completed prescribed } flags { code message } } } }`;

const login = await fetch(new URL('/graphql', url), {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { login(email: "coach@liftgraph.demo", password: "liftgraph-demo") { token } }' }),
}).then((r) => r.json());
const token = login.data?.login?.token;
if (!token) throw new Error(`login failed: ${JSON.stringify(login)}; run \`pnpm liftgraph seed demo\` first`);

const check = await fetch(new URL('/graphql', url), {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query: DASHBOARD }),
}).then((r) => r.json());
if (check.errors) throw new Error(JSON.stringify(check.errors));
console.error(`roster: ${check.data.athletes.length} athletes; ${rate} req/s for ${duration} s against ${url.origin}`);

const load = (avg) => avg.map((l) => l.toFixed(2)).join(' ');
const loadBefore = loadavg();
const cpuBefore = Object.fromEntries(Object.entries(pids).flatMap(([k, pid]) => (pid === null ? [] : [[k, cpuMs(pid)]])));
const clientBefore = process.cpuUsage();
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
const body = JSON.stringify({ query: DASHBOARD });
const result =
  arrival === 'steady'
    ? await steadyRate({ url: new URL('/graphql', url), headers, body, rate, durationSec: duration })
    : await autocannonRate({ url: new URL('/graphql', url), headers, body, rate, durationSec: duration });
const summary = {
  arrival,
  ...result,
  targetP99Ms: 50,
  p99WithinTarget: result.latencyMs.p99 <= 50,
  cpuMsPerRequest: {
    client: Number(((process.cpuUsage(clientBefore).user + process.cpuUsage(clientBefore).system) / 1000 / result.requests).toFixed(2)),
    ...Object.fromEntries(
      Object.entries(cpuBefore).map(([k, before]) => [k, Number(((cpuMs(pids[k]) - before) / result.requests).toFixed(2))]),
    ),
  },
  loadAverage: { before: load(loadBefore), after: load(loadavg()) },
  command: `node apps/graphql/bench/dashboard.bench.mjs ${process.argv.slice(2).join(' ')}`.trim(),
};
console.log(JSON.stringify(summary, null, 2));
if (result.errors > 0 || result.non2xx > 0) {
  console.error(
    `${result.errors} errors (${result.graphqlErrors} GraphQL errors in 2xx answers) and ${result.non2xx} non-2xx answers: the figures above are not a clean run`,
  );
  process.exitCode = 1;
}
