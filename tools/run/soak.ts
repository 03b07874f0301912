// `pnpm bench:soak [--minutes 10] [--rate 4] [--athletes 4] [--seed 1] [--sample-sec 10] [--heap-sec 30] [--out FILE] [--no-build] [--keep] [--read-only] [--no-heap] [--no-snapshots]`
// --read-only: the mix without logWorkout/generateProgram, so the graph does not grow (tells a leak from data growth).
// GraphQL runs with the soak-only heap probe (soak-heap-probe.cjs): its JS heap after a forced full GC every
// --heap-sec, and heap snapshots at start, middle and end compared per constructor (--no-heap / --no-snapshots: off).
// A benchmark, not a test: starts the real stack as processes (a private Neo4j under .cache/soak-neo4j on a
// free port, demo seed, planner, GraphQL), logs in as the demo coach and athletes, drives GraphQL at a
// steady rate with the portal's mix of queries and writes, counts errors and samples the RSS of every
// process; prints the report and writes it to docs/reports/soak-<date>.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadConfig, readPid, REPO_ROOT, startNeo4j, stopNeo4j } from '@liftgraph/tools-neo4j';
import { HEAP_PROBE_NODE_ARGS, heapAfterGc, heapSnapshot } from './soak-heap.js';
import type { SoakHeap } from './soak-heap-report.js';
import { type HeapSnapshotJson, heapGrowth, summarizeHeapSnapshot, totalHeap } from './soak-heap-snapshot.js';
import { cpuSeconds, freePort, rssMiB, type Service, startService } from './soak-proc.js';
import { type OpStats, renderReport, type SoakResult, totals } from './soak-report.js';
import { type RssSample, seededRandom } from './soak-stats.js';
import { type GqlCall, MIX, nextCall, READ_ONLY_MIX, type SoakActors } from './soak-workload.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number, got "${process.argv[i + 1]}"`);
  return v;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const minutes = option('minutes', 10);
const rate = option('rate', 4);
const athletesWanted = option('athletes', 4);
const seed = option('seed', 1);
const sampleSec = option('sample-sec', 10);
const heapSec = option('heap-sec', 30);
const probeHeap = !flag('no-heap');
const takeSnapshots = probeHeap && !flag('no-snapshots');
const MAX_IN_FLIGHT = 16;
const outIndex = process.argv.indexOf('--out');
const startedAt = new Date().toISOString();
const outFile =
  outIndex >= 0 ? resolve(process.argv[outIndex + 1] ?? '') : join(REPO_ROOT, 'docs', 'reports', `soak-${startedAt.slice(0, 10)}.md`);
// Variables that change how the processes allocate memory are part of the command that made the figures.
const memoryEnv = Object.entries(process.env)
  .filter(([k]) => k.startsWith('MALLOC_') || k === 'NODE_OPTIONS')
  .map(([k, v]) => `${k}=${v ?? ''} `)
  .join('');
const command = `${memoryEnv}pnpm bench:soak ${process.argv.slice(2).join(' ')}`.trim();

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const TURBO = join(REPO_ROOT, 'node_modules/.bin/turbo');
const logDir = mkdtempSync(join(tmpdir(), 'liftgraph-soak-'));
const cfg = loadConfig({ ...process.env, LIFTGRAPH_NEO4J_HOME: '.cache/soak-neo4j', NEO4J_BOLT_PORT: String(await freePort()) });
const neo4jEnv = { NEO4J_URL: `neo4j://127.0.0.1:${cfg.boltPort}`, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password };
const services: Service[] = [];

async function cleanup(): Promise<void> {
  for (const s of services.reverse()) await s.stop();
  await stopNeo4j(cfg, () => undefined);
  if (!flag('keep')) rmSync(cfg.homeDir, { recursive: true, force: true });
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

function liftgraph(args: string[]): string {
  return execFileSync(TSX, ['--conditions=@liftgraph/source', 'apps/cli/src/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...neo4jEnv },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  });
}

function graphCounts(): string {
  const stats = JSON.parse(liftgraph(['db', 'stats', '--json'])) as {
    nodes: Record<string, number>;
    relationships: Record<string, number>;
  };
  const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
  return `${sum(stats.nodes)} nodes (${stats.nodes.Session ?? 0} sessions, ${stats.nodes.Program ?? 0} programs), ${sum(stats.relationships)} relationships`;
}

async function post(url: string, call: GqlCall): Promise<{ ok: boolean; error: string | null; body: Record<string, unknown> | null }> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${call.token}` },
      body: JSON.stringify({ query: call.query, variables: call.variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as {
      data?: Record<string, unknown>;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    if (res.status !== 200 || body.errors !== undefined) {
      const e = body.errors?.[0];
      return {
        ok: false,
        error: `HTTP ${res.status}: ${e?.extensions?.code ?? ''} ${e?.message ?? JSON.stringify(body).slice(0, 200)}`,
        body: body.data ?? null,
      };
    }
    return { ok: true, error: null, body: body.data ?? null };
  } catch (e) {
    return { ok: false, error: (e as Error).message, body: null };
  }
}

try {
  console.log(`▶ Neo4j (private, ${cfg.homeDir}, port ${cfg.boltPort})`);
  await startNeo4j(cfg);
  if (!flag('no-build')) {
    console.log('▶ build (planner, GraphQL)');
    execFileSync(TURBO, ['run', 'build', '--filter=@liftgraph/planner...', '--filter=@liftgraph/graphql...', '--output-logs=errors-only'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
  }
  console.log('▶ migrations, catalog and demo seed');
  liftgraph(['db', 'migrate']);
  const seeded = JSON.parse(liftgraph(['seed', 'demo', '--athletes', String(athletesWanted), '--json'])) as {
    logins: Array<{ email: string; role: string; password: string }>;
  };
  const graphBefore = graphCounts();

  const plannerPort = await freePort();
  const apiPort = await freePort();
  console.log(`▶ planner :${plannerPort}, GraphQL :${apiPort} (logs in ${logDir})`);
  const baseEnv = {
    ...process.env,
    ...neo4jEnv,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    JWT_SECRET: 'soak-only-secret-0123456789-0123456789-abcdef',
  };
  services.push(
    await startService('planner', [process.execPath, 'dist/main.js'], {
      cwd: join(REPO_ROOT, 'apps/planner'),
      env: { ...baseEnv, PLANNER_PORT: String(plannerPort) },
      healthUrl: `http://127.0.0.1:${plannerPort}/ready`,
      logFile: join(logDir, 'planner.log'),
    }),
  );
  services.push(
    await startService('graphql', [process.execPath, ...(probeHeap ? HEAP_PROBE_NODE_ARGS : []), 'dist/main.js'], {
      cwd: join(REPO_ROOT, 'apps/graphql'),
      ipc: probeHeap,
      env: { ...baseEnv, GRAPHQL_PORT: String(apiPort), PLANNER_URL: `http://127.0.0.1:${plannerPort}` },
      healthUrl: `http://127.0.0.1:${apiPort}/health`,
      logFile: join(logDir, 'graphql.log'),
    }),
  );
  const url = `http://127.0.0.1:${apiPort}/graphql`;

  const login = async (email: string, password: string): Promise<{ token: string; athleteId: string | null }> => {
    const r = await post(url, {
      token: '',
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { athleteId } } }',
      variables: { e: email, p: password },
    });
    const l = r.body?.login as { token: string; user: { athleteId: string | null } } | undefined;
    if (l === undefined) throw new Error(`login failed for ${email}: ${r.error}`);
    return { token: l.token, athleteId: l.user.athleteId };
  };
  const coachLogin = seeded.logins.find((l) => l.role === 'COACH');
  if (coachLogin === undefined) throw new Error('the demo seed printed no coach login');
  const coach = await login(coachLogin.email, coachLogin.password);
  const athletes: SoakActors['athletes'] = [];
  for (const l of seeded.logins.filter((x) => x.role === 'ATHLETE')) {
    const a = await login(l.email, l.password);
    if (a.athleteId !== null) athletes.push({ id: a.athleteId, token: a.token });
  }
  const catalog = await post(url, { token: coach.token, query: '{ exercises(limit: 200) { id } }', variables: {} });
  const exerciseIds = ((catalog.body?.exercises as Array<{ id: string }> | undefined) ?? []).map((e) => e.id);
  const actors: SoakActors = { coachToken: coach.token, athletes, exerciseIds };
  console.log(`▶ load: ${minutes} min at ${rate} req/s, ${athletes.length} athletes, ${exerciseIds.length} exercises, seed ${seed}`);

  const pids = (): Record<string, number | null> => ({
    graphql: services[1]?.child.pid ?? null,
    planner: services[0]?.child.pid ?? null,
    neo4j: readPid(cfg),
    'soak driver': process.pid,
  });
  const processes = Object.keys(pids());
  const samples: RssSample[] = [];
  const graphqlChild = services[1]?.child;
  const heap: SoakHeap | null = probeHeap ? { process: 'graphql', samples: [], snapshots: [], growth: [], problems: [] } : null;
  const snapshotFiles: Array<{ label: string; file: string }> = [];
  const snapshot = async (label: string, tSec: number): Promise<void> => {
    if (heap === null || !takeSnapshots || graphqlChild === undefined) return;
    const started = Date.now();
    try {
      const file = await heapSnapshot(graphqlChild, join(logDir, `graphql-${label}.heapsnapshot`));
      snapshotFiles.push({ label, file });
      heap.snapshots.push({ label, tSec, objects: 0, bytes: 0 });
      console.log(`  heap snapshot "${label}" at t=${tSec.toFixed(0)} s (${Date.now() - started} ms)`);
    } catch (e) {
      heap.problems.push(`snapshot "${label}": ${(e as Error).message}`);
    }
  };
  await snapshot('start', 0);
  const t0 = Date.now();
  const sampleHeap = async (): Promise<void> => {
    if (heap === null || graphqlChild === undefined) return;
    try {
      const h = await heapAfterGc(graphqlChild, (Date.now() - t0) / 1000);
      heap.samples.push(h);
      console.log(
        `  t=${h.tSec.toFixed(0).padStart(4)} s  graphql heap after GC ${h.heapUsedMiB.toFixed(1)} MiB (total ${h.heapTotalMiB.toFixed(1)}, GC ${h.gcMs.toFixed(0)} ms)`,
      );
    } catch (e) {
      if (heap.problems.length < 5) heap.problems.push(`heap sample: ${(e as Error).message}`);
    }
  };
  const sample = (): void => {
    const p = pids();
    samples.push({
      tSec: (Date.now() - t0) / 1000,
      load1: loadavg()[0] ?? 0,
      rssMiB: Object.fromEntries(processes.map((n) => [n, rssMiB(p[n])])),
    });
    const last = samples.at(-1);
    if (last !== undefined)
      console.log(
        `  t=${last.tSec.toFixed(0).padStart(4)} s  ${processes.map((n) => `${n} ${(last.rssMiB[n] ?? Number.NaN).toFixed(0)} MiB`).join('  ')}  load ${last.load1.toFixed(2)}`,
      );
  };
  const cpuStart = Object.fromEntries(Object.entries(pids()).map(([n, pid]) => [n, cpuSeconds(pid)]));
  const loadBefore = loadavg();
  sample();
  const sampler = setInterval(sample, sampleSec * 1000);
  await sampleHeap();
  const heapSampler = setInterval(() => void sampleHeap(), heapSec * 1000);
  const middle = setTimeout(() => void snapshot('middle', (Date.now() - t0) / 1000), (minutes * 60_000) / 2);

  const ops: Record<string, OpStats> = {};
  const errorSamples: string[] = [];
  const random = seededRandom(seed);
  let inFlight = 0;
  let skipped = 0;
  const open = new Set<Promise<void>>();
  const total = Math.round(minutes * 60 * rate);
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { op, call } = nextCall(actors, random, new Date(), flag('read-only') ? READ_ONLY_MIX : MIX);
    const stats = (ops[op] ??= { requests: 0, errors: 0, latenciesMs: [] });
    if (inFlight >= MAX_IN_FLIGHT) {
      skipped++;
      continue;
    }
    inFlight++;
    const started = performance.now();
    const p = post(url, call).then((r) => {
      inFlight--;
      stats.requests++;
      stats.latenciesMs.push(performance.now() - started);
      if (!r.ok) {
        stats.errors++;
        if (errorSamples.length < 20) errorSamples.push(`${op}: ${r.error}`);
      }
    });
    open.add(p);
    void p.finally(() => open.delete(p));
  }
  await Promise.all(open);
  clearInterval(sampler);
  clearInterval(heapSampler);
  clearTimeout(middle);
  sample();
  await sampleHeap();
  await snapshot('end', (Date.now() - t0) / 1000);
  const cpuEnd = Object.fromEntries(Object.entries(pids()).map(([n, pid]) => [n, cpuSeconds(pid)]));
  const cpuSec = Object.fromEntries(
    processes.map((n) => [
      n,
      cpuEnd[n] !== null && cpuStart[n] !== null && cpuEnd[n] !== undefined && cpuStart[n] !== undefined ? cpuEnd[n] - cpuStart[n] : null,
    ]),
  );
  if (heap !== null) {
    const summaries = snapshotFiles.map(({ label, file }) => {
      const summary = summarizeHeapSnapshot(JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshotJson);
      const t = totalHeap(summary);
      const row = heap.snapshots.find((s) => s.label === label);
      if (row !== undefined) Object.assign(row, { objects: t.count, bytes: t.bytes });
      if (!flag('keep')) rmSync(file, { force: true });
      return { label, summary };
    });
    for (let i = 1; i < summaries.length; i++) {
      const [a, b] = [summaries[i - 1], summaries[i]];
      if (a !== undefined && b !== undefined) heap.growth.push({ from: a.label, to: b.label, rows: heapGrowth(a.summary, b.summary, 15) });
    }
  }
  const result: SoakResult = {
    command,
    startedAt,
    minutes,
    rate,
    seed,
    athletes: athletes.length,
    processes,
    ops,
    skipped,
    maxInFlight: MAX_IN_FLIGHT,
    errorSamples,
    samples,
    cpuSec,
    loadBefore,
    loadAfter: loadavg(),
    graph: { before: graphBefore, after: graphCounts() },
    heap,
  };
  const report = renderReport(result);
  console.log(`\n${report}`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, report);
  const { requests, errors } = totals(result);
  console.log(`Wrote ${outFile}. ${requests} requests, ${errors} errors. Service logs: ${logDir}`);
  await cleanup();
  process.exit(errors === 0 ? 0 : 1);
} catch (e) {
  console.error(`soak failed: ${(e as Error).message}\nService logs: ${logDir}`);
  await cleanup();
  process.exit(2);
}
