// `pnpm bench:scale [--sim-athletes 6] [--sim-weeks 52] [--epochs 100] [--no-train] [--keep]`: the per-athlete costs that
// docs/scaling.md extrapolates from. On a private Neo4j (.cache/scale-neo4j, free port): graph size
// (nodes, relationships, store bytes) and import time per athlete for the five real logs in ../shared and
// for simulated athletes, then export and GraphSAGE training time through `liftgraph gnn train --from-neo4j`.
// Every step is the real CLI as a process; wall times include its ~start-up (measured and reported apart).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadConfig, readPid, REPO_ROOT, startNeo4j, stopNeo4j } from '@liftgraph/tools-neo4j';
import { cpuSeconds, freePort } from './soak-proc.js';

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
const env = {
  ...process.env,
  NEO4J_URL: `neo4j://127.0.0.1:${cfg.boltPort}`,
  NEO4J_USER: cfg.user,
  NEO4J_PASSWORD: cfg.password,
  LIFTGRAPH_MODELS_DIR: join(tmpdir(), `liftgraph-scale-models-${process.pid}`),
};

interface Run {
  ms: number;
  stdout: string;
}
function cli(args: string[]): Run {
  const t0 = performance.now();
  const stdout = execFileSync(TSX, ['--conditions=@liftgraph/source', 'apps/cli/src/main.ts', ...args], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { ms: performance.now() - t0, stdout };
}
/** CPU seconds of a process and all its descendants (tsx runs the CLI in a child node process). */
function treeCpuSeconds(pid: number): number {
  let total = cpuSeconds(pid) ?? 0;
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return total;
  }
  for (const tid of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(' ').filter((c) => c.trim() !== '')) total += treeCpuSeconds(Number(child));
  }
  return total;
}

interface TimedLine {
  t: number;
  cpu: number;
  line: string;
}

/**
 * Runs the CLI, stamping each output line (stderr merged) with wall time and the CPU time of the CLI's
 * process tree (CPU time is what the shared machine's load does not inflate).
 */
function cliTimed(args: string[]): Promise<{ ms: number; cpu: number; lines: TimedLine[] }> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(TSX, ['--conditions=@liftgraph/source', 'apps/cli/src/main.ts', ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: TimedLine[] = [];
    let cpu = 0;
    const onData = (d: Buffer): void => {
      const t = performance.now() - t0;
      cpu = child.pid === undefined ? 0 : treeCpuSeconds(child.pid);
      for (const line of d.toString('utf8').split(/\r?\n|\r/)) if (line.trim() !== '') lines.push({ t, cpu, line });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolvePromise({ ms: performance.now() - t0, cpu, lines })
        : reject(new Error(`liftgraph ${args.join(' ')} exited with ${code}:\n${lines.map((l) => l.line).join('\n')}`)),
    );
  });
}

interface Counts {
  nodes: number;
  rels: number;
  bytes: number;
}
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

const say = (line: string): void => console.log(line);
try {
  await startNeo4j(cfg);
  say(
    `machine: ${cpus().length} cores, load average before ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  cli(['db', 'migrate']);
  const startupRun = await cliTimed(['db', 'stats', '--json']);
  const startupCpu = startupRun.cpu;
  say(`CLI start-up + one query: ${(startupRun.ms / 1000).toFixed(1)} s wall, ${startupCpu.toFixed(2)} s CPU`);
  const c0 = counts();
  say(`catalog only: ${c0.nodes} nodes, ${c0.rels} relationships, store ${mib(c0.bytes)} MiB`);

  const real: string[] = [];
  if (!existsSync(LOGS)) console.warn(`SKIPPED the real logs: ${LOGS} is absent`);
  for (const file of existsSync(LOGS)
    ? readdirSync(LOGS)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : []) {
    const id = `scale-real-${basename(file, '.csv')}`;
    const before = counts();
    const server0 = cpuSeconds(readPid(cfg)) ?? Number.NaN;
    const r = await cliTimed(['import', '--athlete', id, join(LOGS, file), '--json']);
    const serverCpu = (cpuSeconds(readPid(cfg)) ?? Number.NaN) - server0;
    const j = JSON.parse(r.lines.find((l) => l.line.startsWith('{'))?.line ?? '{}') as {
      sessions: number;
      performances: number;
      sets: number;
    };
    const d = delta(before, counts());
    real.push(id);
    say(
      `real ${file}: ${j.sessions} sessions, ${j.performances} performances, ${j.sets} sets → +${d.nodes} nodes, +${d.rels} relationships; import CPU: Neo4j ${serverCpu.toFixed(2)} s + CLI ${r.cpu.toFixed(2)} s (CLI start-up alone ≈ ${startupCpu.toFixed(2)} s); wall ${(r.ms / 1000).toFixed(1)} s`,
    );
  }

  const beforeSim = counts();
  const seeded = cli(['seed', 'demo', '--athletes', String(simAthletes), '--weeks', String(simWeeks), '--json']);
  const dSim = delta(beforeSim, counts());
  say(
    `simulated: ${simAthletes} athletes × ${simWeeks} weeks (+ demo users) → +${dSim.nodes} nodes, +${dSim.rels} relationships; seed incl. simulation ${(seeded.ms / 1000).toFixed(1)} s wall → per athlete ${(dSim.nodes / simAthletes).toFixed(0)} nodes, ${(dSim.rels / simAthletes).toFixed(0)} relationships`,
  );
  const sim = Array.from({ length: simAthletes }, (_, i) => `demo-athlete-${i + 1}`);

  for (const [label, ids] of process.argv.includes('--no-train')
    ? []
    : ([
        ['1 real athlete', real.slice(0, 1)],
        [`${real.length} real athletes`, real],
        [`${sim.length} simulated athletes`, sim],
        [`all ${real.length + sim.length}`, [...real, ...sim]],
      ] as const)) {
    if (ids.length === 0) continue;
    const r = await cliTimed([
      'gnn',
      'train',
      '--from-neo4j',
      '--athletes',
      ids.join(','),
      '--model',
      'graphsage',
      '--epochs',
      String(epochs),
      '--no-report',
    ]);
    const text = r.lines.map((l) => l.line).join('\n');
    const m = /exported (\d+) performances, (\d+) edges of (\d+) athlete\(s\) from Neo4j in (\d+) ms/.exec(text);
    const performances = Number(m?.[1] ?? Number.NaN);
    // Whole-command CPU less the CLI's start-up: export (client side), training, evaluation, saving, recording.
    const jobCpu = r.cpu - startupCpu;
    say(
      `train ${label}: ${m?.[1] ?? '?'} performances, ${m?.[2] ?? '?'} edges; export ${m?.[4] ?? '?'} ms wall; whole command ${(r.ms / 1000).toFixed(1)} s wall, ${r.cpu.toFixed(2)} s CPU; less start-up ${jobCpu.toFixed(2)} s CPU = ${((jobCpu / performances) * 1000).toFixed(3)} ms CPU per performance (${epochs} epochs)`,
    );
  }
  say(
    `load average after ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  // Store files grow in pages and are flushed at checkpoints: measure them once, after a clean stop.
  const total = counts();
  await stopNeo4j(cfg, () => undefined);
  const bytes = dirBytes(join(cfg.homeDir, 'data', 'databases', 'neo4j'));
  say(
    `store after a clean stop: ${mib(bytes)} MiB for ${total.nodes} nodes + ${total.rels} relationships = ${(bytes / (total.nodes + total.rels)).toFixed(0)} bytes per node-or-relationship (indexes and properties included)`,
  );
} finally {
  await stopNeo4j(cfg, () => undefined);
  rmSync(env.LIFTGRAPH_MODELS_DIR, { recursive: true, force: true });
  if (!process.argv.includes('--keep')) rmSync(cfg.homeDir, { recursive: true, force: true });
}
console.log(`\ncommand: pnpm bench:scale ${process.argv.slice(2).join(' ')}`);
