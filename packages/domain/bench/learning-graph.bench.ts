// Benchmark (not a test): buildLearningGraph on synthetic logs of 50k and 100k performances, without
// Neo4j, baselines `persistence` against `all` (the rule baseline), wall and CPU time of this process.
// Run: cd packages/domain && pnpm exec tsx --conditions=@liftgraph/source bench/learning-graph.bench.ts [--sizes 50000,100000] [--repeat 5]
// Profile: pnpm exec tsx --conditions=@liftgraph/source bench/learning-graph-profile.ts (writes a .cpuprofile)
import { cpus, loadavg } from 'node:os';
import { buildLearningGraph, type LearningGraphOptions } from '../src/learning/build-learning-graph.js';
import { exportLikeLog, exportLikeResolver } from './export-like-log.js';

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const SIZES = (arg('--sizes') ?? '50000,100000').split(',').map(Number);
const REPEAT = Number(arg('--repeat') ?? 5);

interface Run {
  wallMs: number;
  cpuMs: number;
}

function once(size: number, baselines: LearningGraphOptions['baselines']): Run & { edges: number } {
  const log = exportLikeLog(size);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const g = buildLearningGraph([log], exportLikeResolver, { cutoffDate: '2035-01-01', baselines });
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (g.numNodes !== size) throw new Error(`expected ${size} nodes, got ${g.numNodes}`);
  return { wallMs, cpuMs: (c.user + c.system) / 1000, edges: g.adjacency.colIdx.length };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
once(SIZES[0] ?? 50_000, 'all'); // warm-up: JIT
for (const size of SIZES) {
  for (const baselines of ['persistence', 'all'] as const) {
    const runs = Array.from({ length: REPEAT }, () => once(size, baselines));
    const wall = runs.map((r) => r.wallMs);
    console.log(
      `buildLearningGraph ${size} performances, ${runs[0]?.edges} edges, baselines ${baselines}: median ${Math.round(median(wall))} ms ` +
        `(min ${Math.round(Math.min(...wall))}, cpu median ${Math.round(median(runs.map((r) => r.cpuMs)))} ms, ${REPEAT} runs)`,
    );
  }
}
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `command: cd packages/domain && pnpm exec tsx --conditions=@liftgraph/source bench/learning-graph.bench.ts${process.argv
    .slice(2)
    .map((a) => ` ${a}`)
    .join('')}`,
);
