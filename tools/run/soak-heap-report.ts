// The soak report's section on one service's JS heap: heap after a forced full GC over time (what is still
// reachable, so growth there is retention, not garbage or allocator slack) and heap-snapshot growth per constructor.
import type { HeapAfterGc } from './soak-heap.js';
import type { HeapGrowth } from './soak-heap-snapshot.js';
import { seriesTrend } from './soak-stats.js';

export interface SoakHeap {
  process: string;
  samples: HeapAfterGc[];
  snapshots: Array<{ label: string; tSec: number; objects: number; bytes: number }>;
  growth: Array<{ from: string; to: string; rows: HeapGrowth[] }>;
  /** Why heap figures are missing or partial, when they are. */
  problems: string[];
}

const nonHeapMiB = (s: HeapAfterGc): number => s.rssMiB - s.heapTotalMiB - s.externalMiB;
const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–');
const signed = (n: number, digits = 0): string => `${n >= 0 ? '+' : ''}${n.toFixed(digits)}`;

export function renderHeapSection(h: SoakHeap): string[] {
  const lines = ['', `## ${h.process}: JS heap after a forced full GC`, ''];
  lines.push(
    `The ${h.process} process runs with \`--expose-gc\` and the soak-only preload \`tools/run/soak-heap-probe.cjs\`; over an IPC channel the soak asks it for a full GC and then \`process.memoryUsage()\`. What survives a full GC is reachable, so a heap-after-GC that keeps climbing is retention (a leak or a cache), whereas RSS also moves with garbage not yet collected and with memory V8 or the allocator keeps.`,
    '',
  );
  for (const p of h.problems) lines.push(`- problem: ${p}`);
  if (h.problems.length > 0) lines.push('');
  const t = seriesTrend(h.samples.map((s) => ({ tSec: s.tSec, v: s.heapUsedMiB })));
  if (t !== null) {
    lines.push(
      `**Heap used after GC: ${f1(t.first)} → ${f1(t.last)} MiB (max ${f1(t.max)}), slope ${t.slopePerMin.toFixed(3)} MiB/min over the run, ${t.slopeSecondHalfPerMin.toFixed(3)} MiB/min over the second half.**`,
      '',
    );
  }
  const outside = seriesTrend(h.samples.map((s) => ({ tSec: s.tSec, v: nonHeapMiB(s) })));
  if (outside !== null) {
    lines.push(
      `RSS outside the V8 heap (RSS − heap total − external: native allocations, thread stacks, the binary): ${f1(outside.first)} → ${f1(outside.last)} MiB, slope ${outside.slopePerMin.toFixed(2)} MiB/min over the run, ${outside.slopeSecondHalfPerMin.toFixed(2)} MiB/min over the second half.`,
      '',
    );
  }
  lines.push(
    '| t (s) | heap used MiB | heap total MiB | external MiB | RSS MiB | RSS outside heap MiB | GC ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const s of h.samples)
    lines.push(
      `| ${s.tSec.toFixed(0)} | ${f1(s.heapUsedMiB)} | ${f1(s.heapTotalMiB)} | ${f1(s.externalMiB)} | ${f1(s.rssMiB)} | ${f1(nonHeapMiB(s))} | ${f1(s.gcMs)} |`,
    );
  if (h.snapshots.length > 0) {
    lines.push('', '### Heap snapshots', '');
    lines.push(
      `Writing a snapshot pauses ${h.process} for a few seconds and makes it allocate native memory that the allocator keeps, so its RSS steps up after each snapshot (before the load and at the middle): read RSS from a \`--no-snapshots\` run.`,
      '',
    );
    lines.push('| snapshot | t (s) | live objects | self size MiB |', '| --- | ---: | ---: | ---: |');
    for (const s of h.snapshots) lines.push(`| ${s.label} | ${s.tSec.toFixed(0)} | ${s.objects} | ${f1(s.bytes / 1048576)} |`);
  }
  for (const g of h.growth) {
    lines.push(
      '',
      `Largest growth ${g.from} → ${g.to}, by self size (constructor, or \`(closure) name\`, \`(string)\`, \`(array)\`…):`,
      '',
    );
    if (g.rows.length === 0) {
      lines.push('- nothing grew.');
      continue;
    }
    lines.push(`| group | count ${g.from} | count ${g.to} | Δ count | Δ KiB |`, '| --- | ---: | ---: | ---: | ---: |');
    for (const r of g.rows)
      lines.push(
        `| ${r.key.replace(/\|/g, '\\|')} | ${r.countFrom} | ${r.countTo} | ${signed(r.countTo - r.countFrom)} | ${signed((r.bytesTo - r.bytesFrom) / 1024, 1)} |`,
      );
  }
  return lines;
}
