// Pure figures for the soak benchmark: RSS trend per process and latency percentiles.

export interface RssSample {
  /** Seconds since the load started. */
  tSec: number;
  /** Resident set size in MiB, by process name (null when the process was gone). */
  rssMiB: Record<string, number | null>;
  load1: number;
}

export interface RssTrend {
  first: number;
  last: number;
  max: number;
  /** Least-squares slope over all samples, MiB per minute. */
  slopePerMin: number;
  /** The same over the second half of the run (after warm-up: JIT, caches, pools filled). */
  slopeSecondHalfPerMin: number;
}

/** Least-squares slope of v over t (per unit of t); 0 with fewer than two distinct t. */
export function slope(points: ReadonlyArray<{ t: number; v: number }>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const mv = points.reduce((s, p) => s + p.v, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.t - mt) * (p.v - mv);
    den += (p.t - mt) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

export function rssTrend(samples: readonly RssSample[], name: string): RssTrend | null {
  return seriesTrend(
    samples.flatMap((s) => {
      const v = s.rssMiB[name];
      return v === null || v === undefined ? [] : [{ tSec: s.tSec, v }];
    }),
  );
}

/** First/last/max and slopes per minute of any series sampled over time (e.g. heap after GC). */
export function seriesTrend(series: ReadonlyArray<{ tSec: number; v: number }>): RssTrend | null {
  const pts = series.map((p) => ({ t: p.tSec / 60, v: p.v }));
  const first = pts[0];
  const last = pts.at(-1);
  if (first === undefined || last === undefined) return null;
  const half = pts.filter((p) => p.t >= (first.t + last.t) / 2);
  return {
    first: first.v,
    last: last.v,
    max: Math.max(...pts.map((p) => p.v)),
    slopePerMin: slope(pts),
    slopeSecondHalfPerMin: slope(half),
  };
}

/** The q-quantile (0..1) of `values` by nearest rank; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Deterministic PRNG (mulberry32) so two soak runs with one seed send the same mix. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks a key with probability proportional to its weight. */
export function pickWeighted<K extends string>(weights: Readonly<Record<K, number>>, random: () => number): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [k, w] of entries) {
    r -= w;
    if (r < 0) return k;
  }
  const lastEntry = entries.at(-1);
  if (lastEntry === undefined) throw new Error('pickWeighted needs at least one weight');
  return lastEntry[0];
}
