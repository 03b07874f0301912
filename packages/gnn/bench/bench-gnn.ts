/**
 * `pnpm bench:gnn [--graphs DIR] [--json] [--threads 1|2] [--pyg PYTHON] [--stack fused|tfjs] [--profile]`
 *
 * Median ms per full-batch training epoch (forward + backward + Adam) and per inference pass of the
 * two study models (hidden 32, 3 outputs) on the graphs of shared/bench/pyg-reference (1k/10k/100k
 * nodes). `--pyg PYTHON` also runs that folder's bench_pyg.py with PYTHON (`--pyg-threads`, default 2)
 * right after each of our runs, for a same-session ratio on a noisy machine.
 * `--stack tfjs` times the tfjs-layers path (GcnConv/SageConv + tf.train.adam on `--backend`) instead
 * of the fused WASM SIMD engine; `--profile` prints where the fused engine's time goes.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GnnModel, selectBackend } from '../src/index.js';
import type { BackendChoice, GnnKind } from '../src/index.js';
import { WasmKernels } from '../src/kernels/wasm-kernels.js';
import { ensureGraphs, readBenchGraph } from './read-graphs.js';
import { tfjsRunner } from './tfjs-runner.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const pygDir = resolve(repo, '../shared/bench/pyg-reference');
const { values: args } = parseArgs({
  options: {
    graphs: { type: 'string', default: resolve(repo, '../gnn-graphs') },
    json: { type: 'boolean', default: false },
    models: { type: 'string', default: 'sage,gcn' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    epochs: { type: 'string', default: '20' },
    stack: { type: 'string', default: 'fused' },
    backend: { type: 'string', default: 'wasm' },
    pyg: { type: 'string' },
    'pyg-threads': { type: 'string', default: '2' },
    python: { type: 'string', default: 'python3' },
    profile: { type: 'boolean', default: false },
    threads: { type: 'string', default: '1' },
  },
});

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const round = (v: number): number => Math.round(v * 1000) / 1000;

function timeRuns(fn: () => void, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const profile = new Map<string, number>();
if (args.profile) {
  const proto = WasmKernels.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of ['gemm', 'gemmTN', 'spmm', 'colSum', 'mulInto', 'reluGrad']) {
    const orig = proto[name];
    if (orig === undefined) continue;
    proto[name] = function (this: unknown, ...a: unknown[]) {
      const t0 = performance.now();
      const r = orig.apply(this, a);
      const shape = (m: unknown): string => String((m as { cols?: number }).cols ?? 'S');
      const key = `${name}(${a.slice(0, 3).map(shape).join(',')})`;
      profile.set(key, (profile.get(key) ?? 0) + performance.now() - t0);
      return r;
    };
  }
}

function pygReference(python: string, kind: GnnKind, dir: string): { epochMsMedian: number; inferMsMedian: number } | null {
  try {
    const out = execFileSync(python, [join(pygDir, 'bench_pyg.py'), '--model', kind, '--graph', dir, '--threads', args['pyg-threads']], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const line = out.split('\n').find((l) => l.startsWith('{'));
    return line === undefined ? null : (JSON.parse(line) as { epochMsMedian: number; inferMsMedian: number });
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  ensureGraphs(args.graphs, join(pygDir, 'gen_graphs.py'), args.python);
  if (args.stack === 'tfjs') await selectBackend({ prefer: args.backend as BackendChoice, log: (m) => console.error(m) });
  const epochs = Number(args.epochs);
  const rows: string[] = [];
  for (const size of args.sizes.split(',').map(Number)) {
    const dir = join(args.graphs, `n${size}`);
    const graph = readBenchGraph(dir);
    for (const kind of args.models.split(',') as GnnKind[]) {
      const model = GnnModel.create({ kind, inFeatures: graph.numFeatures, hidden: 32, outFeatures: graph.numTargets, dropout: 0.3 }, 0);
      let epochMs: number;
      let inferMs: number;
      profile.clear();
      if (args.stack === 'tfjs') {
        const r = tfjsRunner(model, graph);
        epochMs = timeRuns(r.epoch, 2, epochs);
        inferMs = timeRuns(r.infer, 1, 5);
        r.dispose();
      } else {
        const engine = model.engineFor(graph, { threads: args.threads === '2' ? 2 : 1 });
        engine.setTargets(graph.y ?? new Float32Array(0));
        epochMs = timeRuns(() => engine.trainStep(), 3, epochs);
        inferMs = timeRuns(() => engine.predict(), 2, 10);
      }
      model.release(graph);
      const result = { model: kind, nodes: graph.numNodes, epochMsMedian: round(epochMs), inferMsMedian: round(inferMs) };
      const pyg = args.pyg === undefined ? null : pygReference(args.pyg, kind, dir);
      if (args.json) {
        console.log(JSON.stringify(result));
        if (pyg !== null) console.log(JSON.stringify({ stack: 'pyg', ...pyg, model: kind, nodes: graph.numNodes }));
      } else {
        const ratio =
          pyg === null
            ? ''
            : `   PyG ${pyg.epochMsMedian.toFixed(1)} / ${pyg.inferMsMedian.toFixed(1)} ms → ratio ${(epochMs / pyg.epochMsMedian).toFixed(2)} (epoch), ${(inferMs / pyg.inferMsMedian).toFixed(2)} (infer)`;
        rows.push(
          `${kind.padEnd(5)} ${String(graph.numNodes).padStart(7)} nodes  epoch ${epochMs.toFixed(1).padStart(8)} ms  infer ${inferMs.toFixed(1).padStart(7)} ms${ratio}`,
        );
        console.log(rows[rows.length - 1]);
      }
      if (args.profile) {
        const total = [...profile.values()].reduce((a, b) => a + b, 0);
        const lines = [...profile.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `    ${k.padEnd(28)} ${((100 * v) / total).toFixed(1).padStart(5)} %`);
        console.error(
          `  profile ${kind} n=${graph.numNodes} (share of kernel time; kernels = ${((total / (epochs * epochMs + 10 * inferMs + 5 * epochMs)) * 100).toFixed(0)} % of wall):\n${lines.join('\n')}`,
        );
      }
    }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
