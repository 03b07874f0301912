// CPU profile of buildLearningGraph (not a test): warms up, then profiles `--runs` builds of `--size`
// performances with `--baselines` through the inspector and writes a .cpuprofile (open it in Chrome
// DevTools or speedscope); prints the top self-time functions and the GC share.
// Run: cd packages/domain && pnpm exec tsx --conditions=@liftgraph/source bench/learning-graph-profile.ts [--size 100000] [--baselines all] [--runs 3]
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { buildLearningGraph, type LearningGraphOptions } from '../src/learning/build-learning-graph.js';
import { exportLikeLog, exportLikeResolver } from './export-like-log.js';

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const size = Number(arg('--size') ?? 100_000);
const baselines = (arg('--baselines') ?? 'all') as NonNullable<LearningGraphOptions['baselines']>;
const runs = Number(arg('--runs') ?? 3);
const out = arg('--out') ?? `/tmp/learning-graph-${size}-${baselines}.cpuprofile`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const log = exportLikeLog(size); // outside the profile: only the build is measured
const build = (): void => {
  buildLearningGraph([log], exportLikeResolver, { cutoffDate: '2035-01-01', baselines });
};
build(); // warm-up: JIT
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let r = 0; r < runs; r++) build();
const { profile } = await session.post('Profiler.stop');
session.disconnect();
writeFileSync(out, JSON.stringify(profile));

const self = new Map<string, number>();
let total = 0;
for (const node of profile.nodes as ProfileNode[]) {
  const hits = node.hitCount ?? 0;
  total += hits;
  const where = node.callFrame.url.split('/').slice(-2).join('/');
  const key = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + hits);
}
console.log(`${runs} × buildLearningGraph(${size}, baselines ${baselines}); profile ${out}; self time share:`);
for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
console.log(
  `command: cd packages/domain && pnpm exec tsx --conditions=@liftgraph/source bench/learning-graph-profile.ts${process.argv
    .slice(2)
    .map((a) => ` ${a}`)
    .join('')}`,
);
