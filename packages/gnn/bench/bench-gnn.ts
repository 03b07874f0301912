/**
 * `pnpm bench:gnn [--graphs DIR] [--json] [--threads 1|2] [--models sage,gcn,rsage] [--relations 3]
 *                 [--pyg PYTHON [--pyg-threads N]] [--stack fused|tfjs [--backend wasm|cpu]] [--profile]`
 * `pnpm bench:gnn --latency [--log FILE | --simulated] [--calls 30] [--models sage,gcn,rsage]`
 *
 * Training mode: median ms per full-batch training epoch (forward + backward + Adam) and per inference
 * pass of the study models (hidden 32, 3 outputs) on the graphs of shared/bench/pyg-reference
 * (1k/10k/100k nodes): GraphSAGE and GCN (homogeneous) and the relation-typed GraphSAGE `rsage`
 * (edge types and weights from `relations.ts`). `--pyg PYTHON` runs the PyG counterpart right after
 * each of our runs (shared bench_pyg.py for sage/gcn, our pyg/bench_pyg_rsage.py for rsage), for a
 * same-session ratio on a noisy machine. `--stack tfjs` times the tfjs-layers path instead of the
 * fused WASM SIMD engine; `--profile` prints where the fused engine's time goes.
 * Latency mode: see athlete-latency.ts.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { selectBackend } from '../src/index.js';
import type { BackendChoice, GnnKind } from '../src/index.js';
import { runAthleteLatency } from './athlete-latency.js';
import { KernelProfile } from './kernel-profile.js';
import { runPyg } from './pyg-runner.js';
import type { PygOptions } from './pyg-runner.js';
import { ensureGraphs, readBenchGraph } from './read-graphs.js';
import { round3 } from './stats.js';
import { benchConfig, timeTraining } from './training-run.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const pygDir = resolve(repo, '../shared/bench/pyg-reference');
const { values: args } = parseArgs({
  options: {
    graphs: { type: 'string', default: resolve(repo, '../gnn-graphs') },
    json: { type: 'boolean', default: false },
    models: { type: 'string' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    epochs: { type: 'string', default: '20' },
    relations: { type: 'string', default: '3' },
    stack: { type: 'string', default: 'fused' },
    backend: { type: 'string', default: 'wasm' },
    pyg: { type: 'string' },
    'pyg-threads': { type: 'string', default: '2' },
    python: { type: 'string', default: 'python3' },
    profile: { type: 'boolean', default: false },
    threads: { type: 'string', default: '1' },
    latency: { type: 'boolean', default: false },
    log: { type: 'string' },
    simulated: { type: 'boolean', default: false },
    calls: { type: 'string', default: '30' },
  },
});

/** `--models`, default every study model; unknown kinds fail in `GnnModel.create` with the valid ones. */
const models = (): GnnKind[] => (args.models ?? 'sage,gcn,rsage').split(',') as GnnKind[];

const fmt = (v: number, w: number): string => v.toFixed(1).padStart(w);

async function trainingMode(): Promise<void> {
  ensureGraphs(args.graphs, join(pygDir, 'gen_graphs.py'), args.python);
  if (args.stack === 'tfjs') await selectBackend({ prefer: args.backend as BackendChoice, log: (m) => console.error(m) });
  const profile = new KernelProfile();
  if (args.profile) profile.install();
  const numRelations = Number(args.relations);
  const epochs = Number(args.epochs);
  const threads = args.threads === '2' ? 2 : 1;
  const pygOptions: PygOptions | null =
    args.pyg === undefined
      ? null
      : {
          python: args.pyg,
          referenceDir: pygDir,
          ownDir: join(here, 'pyg'),
          threads: args['pyg-threads'],
          epochs: args.epochs,
          numRelations,
        };
  for (const size of args.sizes.split(',').map(Number)) {
    const dir = join(args.graphs, `n${size}`);
    const homogeneous = readBenchGraph(dir);
    const typed = readBenchGraph(dir, numRelations);
    for (const kind of models()) {
      const graph = kind === 'rsage' ? typed : homogeneous;
      let ours: { epochMs: number; inferMs: number } | { error: string };
      try {
        profile.clear();
        const config = benchConfig(kind, graph.numFeatures, graph.numTargets, numRelations);
        const t = timeTraining(config, graph, { epochs, threads, stack: args.stack });
        ours = t;
        if (args.profile) console.error(profile.report(`${kind} n=${graph.numNodes}`, t.wallMs));
      } catch (e) {
        ours = { error: e instanceof Error ? e.message : String(e) };
      }
      const pyg = pygOptions === null ? null : runPyg(kind, dir, pygOptions);
      report(kind, graph.numNodes, ours, pyg);
    }
  }
}

type Timing = { epochMs: number; inferMs: number } | { error: string };
type PygResult = { epochMsMedian: number; inferMsMedian: number } | { error: string } | null;

function report(kind: string, nodes: number, ours: Timing, pyg: PygResult): void {
  if (args.json) {
    if ('error' in ours) console.log(JSON.stringify({ model: kind, nodes, error: ours.error }));
    else console.log(JSON.stringify({ model: kind, nodes, epochMsMedian: round3(ours.epochMs), inferMsMedian: round3(ours.inferMs) }));
    if (pyg !== null) console.log(JSON.stringify({ stack: 'pyg', ...pyg, model: kind, nodes }));
    return;
  }
  const left = 'error' in ours ? `ours: ${ours.error}` : `epoch ${fmt(ours.epochMs, 8)} ms  infer ${fmt(ours.inferMs, 7)} ms`;
  let right = '';
  if (pyg !== null && 'error' in pyg) right = `   PyG failed: ${pyg.error}`;
  else if (pyg !== null) {
    right = `   PyG ${pyg.epochMsMedian.toFixed(1)} / ${pyg.inferMsMedian.toFixed(1)} ms`;
    if (!('error' in ours)) {
      right += ` → ratio ${(ours.epochMs / pyg.epochMsMedian).toFixed(2)} (epoch), ${(ours.inferMs / pyg.inferMsMedian).toFixed(2)} (infer)`;
    }
  }
  console.log(`${kind.padEnd(5)} ${String(nodes).padStart(7)} nodes  ${left}${right}`);
}

async function main(): Promise<void> {
  console.log(`command: pnpm bench:gnn ${process.argv.slice(2).join(' ')}`.trimEnd());
  if (args.latency) {
    await runAthleteLatency({
      repo,
      ...(args.log !== undefined && { log: args.log }),
      simulated: args.simulated,
      calls: Number(args.calls),
      models: models(),
      numRelations: Number(args.relations),
      json: args.json,
    });
  } else {
    await trainingMode();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
