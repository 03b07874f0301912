// The soak's Markdown report: settings, requests and errors per operation, RSS over time per process.
import { renderHeapSection, type SoakHeap } from './soak-heap-report.js';
import { quantile, type RssSample, rssTrend } from './soak-stats.js';

export interface OpStats {
  requests: number;
  errors: number;
  latenciesMs: number[];
}

export interface SoakResult {
  command: string;
  startedAt: string;
  minutes: number;
  rate: number;
  seed: number;
  athletes: number;
  processes: string[];
  ops: Record<string, OpStats>;
  /** Requests not sent because `maxInFlight` were still open (the stack could not keep up). */
  skipped: number;
  maxInFlight: number;
  errorSamples: string[];
  samples: RssSample[];
  cpuSec: Record<string, number | null>;
  loadBefore: number[];
  loadAfter: number[];
  graph: { before: string; after: string };
  /** Heap after forced GC and snapshot growth of one service; null when the run was started with --no-heap. */
  heap: SoakHeap | null;
}

const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–');

export function totals(r: SoakResult): { requests: number; errors: number } {
  const all = Object.values(r.ops);
  return { requests: all.reduce((s, o) => s + o.requests, 0), errors: all.reduce((s, o) => s + o.errors, 0) };
}

export function renderReport(r: SoakResult): string {
  const { requests, errors } = totals(r);
  const lines: string[] = [];
  lines.push(`# Soak ${r.startedAt.slice(0, 10)}: ${r.minutes} min at ${r.rate} req/s against GraphQL`, '');
  lines.push(`Command: \`${r.command}\``, '');
  lines.push(
    `Started ${r.startedAt}. Load average (1/5/15 min) before: ${r.loadBefore.map((l) => l.toFixed(2)).join(' / ')}, after: ${r.loadAfter.map((l) => l.toFixed(2)).join(' / ')} (2 cores, shared with other work: latencies are noisy).`,
    '',
  );
  lines.push(
    `The real stack as processes: a private Neo4j (own home and port, demo seed with ${r.athletes} simulated athletes), the planner and the GraphQL API built from this checkout. Graph before: ${r.graph.before}; after: ${r.graph.after}.`,
    '',
  );
  lines.push(
    `**${requests} requests, ${errors} errors** (${requests === 0 ? '–' : ((100 * errors) / requests).toFixed(2)} %), ${r.skipped} not sent because ${r.maxInFlight} were still in flight.`,
    '',
  );
  lines.push('| operation | requests | errors | p50 ms | p95 ms | max ms |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [op, s] of Object.entries(r.ops).sort((a, b) => b[1].requests - a[1].requests)) {
    lines.push(
      `| ${op} | ${s.requests} | ${s.errors} | ${f1(quantile(s.latenciesMs, 0.5))} | ${f1(quantile(s.latenciesMs, 0.95))} | ${f1(s.latenciesMs.length === 0 ? Number.NaN : Math.max(...s.latenciesMs))} |`,
    );
  }
  if (r.errorSamples.length > 0) lines.push('', 'First errors:', '', ...r.errorSamples.map((e) => `- ${e.replace(/\n/g, ' ')}`));
  lines.push('', '## RSS over time (MiB)', '');
  lines.push(`| t (s) | ${r.processes.join(' | ')} | load1 |`, `| ---: | ${r.processes.map(() => '---:').join(' | ')} | ---: |`);
  for (const s of r.samples)
    lines.push(`| ${s.tSec.toFixed(0)} | ${r.processes.map((p) => f1(s.rssMiB[p] ?? Number.NaN)).join(' | ')} | ${s.load1.toFixed(2)} |`);
  lines.push('', '## RSS trend per process', '');
  lines.push(
    '| process | first MiB | last MiB | max MiB | slope MiB/min (all) | slope MiB/min (2nd half) | CPU s during the load |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const p of r.processes) {
    const t = rssTrend(r.samples, p);
    const cpu = r.cpuSec[p];
    lines.push(
      t === null
        ? `| ${p} | – | – | – | – | – | – |`
        : `| ${p} | ${f1(t.first)} | ${f1(t.last)} | ${f1(t.max)} | ${t.slopePerMin.toFixed(2)} | ${t.slopeSecondHalfPerMin.toFixed(2)} | ${cpu === null || cpu === undefined ? '–' : cpu.toFixed(1)} |`,
    );
  }
  lines.push(
    '',
    'RSS of the Java process includes its JVM heap (-Xms = -Xmx = NEO4J_HEAP, default 2g) as the JVM first touches it and the page cache (NEO4J_PAGECACHE, default 512m); a JVM rarely returns heap to the OS, so a rise that levels off is warm-up, a steady climb over the second half would be a leak.',
  );
  if (r.heap !== null) lines.push(...renderHeapSection(r.heap));
  lines.push('');
  return `${lines.join('\n')}\n`;
}
