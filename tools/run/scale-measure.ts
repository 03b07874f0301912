// `pnpm bench:scale [--sim-athletes 6] [--sim-weeks 52] [--epochs 100] [--keep]`: the per-athlete costs that
// docs/scaling.md extrapolates from. On a private Neo4j (.cache/scale-neo4j, free port): graph size
// (nodes, relationships, store bytes) and import time per athlete for the five real logs in ../shared and
// for simulated athletes, then export and GraphSAGE training time through `liftgraph gnn train --from-neo4j`.
// Every step is the real CLI as a process; wall times include its ~start-up (measured and reported apart).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadConfig, REPO_ROOT, startNeo4j, stopNeo4j } from '@liftgraph/tools-neo4j';
import { freePort } from './soak-proc.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}
const simAthletes = option('sim-athletes', 6);
const simWeeks = option('sim-weeks', 52);
const epochs = option('epochs', 100);
const LOGS = join(REPO_ROOT, '..', 'shared', 'data', 'real-logs');
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const cfg = loadConfig({ ...process.env, LIFTGRAPH_NEO4J_HOME: '.cache/scale-neo4j', NEO4J_BOLT_PORT: String(await freePort()) });
const env = { ...process.env, NEO4J_URL: `neo4j://127.0.0.1:${cfg.boltPort}`, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password, LIFTGRAPH_MODELS_DIR: join(tmpdir(), `liftgraph-scale-models-${process.pid}`) };

interface Run { ms: number; stdout: string }
function cli(args: string[]): Run {
  const t0 = performance.now();
  const stdout = execFileSync(TSX, ['--conditions=@liftgraph/source', 'apps/cli/src/main.ts', ...args], { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  return { ms: performance.now() - t0, stdout };
}
/** Like cli(), with the CLI's stderr (its progress lines) merged into stdout. */
function cliWithStderr(args: string[]): Run {
  const t0 = performance.now();
  const out = execFileSync('sh', ['-c', `"$0" --conditions=@liftgraph/source apps/cli/src/main.ts "$@" 2>&1`, TSX, ...args], { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  return { ms: performance.now() - t0, stdout: out };
}

interface Counts { nodes: number; rels: number; bytes: number }
function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}
function counts(): Counts {
  const s = JSON.parse(cli(['db', 'stats', '--json']).stdout) as { nodes: Record<string, number>; relationships: Record<string, number> };
  const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
  // Store files of the neo4j database (records + indexes), not the transaction logs.
  return { nodes: sum(s.nodes), rels: sum(s.relationships), bytes: dirBytes(join(cfg.homeDir, 'data', 'databases', 'neo4j')) };
}
const delta = (a: Counts, b: Counts): Counts => ({ nodes: b.nodes - a.nodes, rels: b.rels - a.rels, bytes: b.bytes - a.bytes });
const mib = (b: number): string => (b / 1024 / 1024).toFixed(1);

const rows: string[] = [];
const say = (line: string): void => {
  console.log(line);
  rows.push(line);
};
try {
  await startNeo4j(cfg);
  say(`machine: ${cpus().length} cores, load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  cli(['db', 'migrate']);
  const startup = cli(['db', 'stats', '--json']).ms;
  say(`CLI start-up + one query (subtracted below): ${startup.toFixed(0)} ms`);
  const c0 = counts();
  say(`catalog only: ${c0.nodes} nodes, ${c0.rels} relationships, store ${mib(c0.bytes)} MiB`);

  const real: string[] = [];
  if (!existsSync(LOGS)) console.warn(`SKIPPED the real logs: ${LOGS} is absent`);
  for (const file of existsSync(LOGS) ? readdirSync(LOGS).filter((f) => f.endsWith('.csv')).sort() : []) {
    const id = `scale-real-${basename(file, '.csv')}`;
    const before = counts();
    const r = cli(['import', '--athlete', id, join(LOGS, file), '--json']);
    const j = JSON.parse(r.stdout) as { sessions: number; performances: number; sets: number };
    const d = delta(before, counts());
    real.push(id);
    say(`real ${file}: ${j.sessions} sessions, ${j.performances} performances, ${j.sets} sets → +${d.nodes} nodes, +${d.rels} relationships, +${mib(d.bytes)} MiB store; import ${Math.max(0, r.ms - startup).toFixed(0)} ms (wall ${r.ms.toFixed(0)})`);
  }

  const beforeSim = counts();
  const seeded = cli(['seed', 'demo', '--athletes', String(simAthletes), '--weeks', String(simWeeks), '--json']);
  const dSim = delta(beforeSim, counts());
  say(`simulated: ${simAthletes} athletes × ${simWeeks} weeks (+ demo users) → +${dSim.nodes} nodes, +${dSim.rels} relationships, +${mib(dSim.bytes)} MiB store; seed incl. simulation ${Math.max(0, seeded.ms - startup).toFixed(0)} ms → per athlete ${(dSim.nodes / simAthletes).toFixed(0)} nodes, ${(dSim.rels / simAthletes).toFixed(0)} relationships`);
  const sim = Array.from({ length: simAthletes }, (_, i) => `demo-athlete-${i + 1}`);

  for (const [label, ids] of [['1 real athlete', real.slice(0, 1)], [`${real.length} real athletes`, real], [`${sim.length} simulated athletes`, sim], [`all ${real.length + sim.length}`, [...real, ...sim]]] as const) {
    if (ids.length === 0) continue;
    const r = cliWithStderr(['gnn', 'train', '--from-neo4j', '--athletes', ids.join(','), '--model', 'graphsage', '--epochs', String(epochs), '--no-report']);
    const m = /exported (\d+) performances, (\d+) edges of (\d+) athlete\(s\) from Neo4j in (\d+) ms/.exec(r.stdout);
    const exportMs = Number(m?.[4] ?? Number.NaN);
    const trainMs = r.ms - startup - exportMs;
    say(`train ${label}: ${m?.[1] ?? '?'} performances, ${m?.[2] ?? '?'} edges; export ${exportMs} ms; GraphSAGE ${epochs} epochs + eval + save ≈ ${trainMs.toFixed(0)} ms (wall ${r.ms.toFixed(0)}) = ${((trainMs / Number(m?.[1] ?? Number.NaN)) * 1000 / epochs).toFixed(1)} µs per performance-epoch`);
  }
  say(`load average after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await stopNeo4j(cfg, () => undefined);
  rmSync(env.LIFTGRAPH_MODELS_DIR, { recursive: true, force: true });
  if (!process.argv.includes('--keep')) rmSync(cfg.homeDir, { recursive: true, force: true });
}
console.log(`\ncommand: pnpm bench:scale ${process.argv.slice(2).join(' ')}`);
