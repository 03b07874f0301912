import { GnnError } from '../errors.js';

/** Mean ± sample standard deviation of one metric over the runs where it was defined. */
export interface MeanSd {
  readonly mean: number;
  /** Sample standard deviation (n − 1 denominator); 0 for a single run. */
  readonly sd: number;
  /** Runs that reported a finite value. */
  readonly n: number;
  readonly values: number[];
}

export type RunMetrics = Readonly<Record<string, number | null | undefined>>;

function summarize(values: number[]): MeanSd | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1)) : 0;
  return { mean, sd, n, values };
}

function aggregate(seeds: readonly number[], runs: RunMetrics[]): Record<string, MeanSd | null> {
  const keys = new Set(runs.flatMap((r) => Object.keys(r)));
  const out: Record<string, MeanSd | null> = {};
  for (const key of keys) {
    const values = runs.map((r) => r[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    out[key] = summarize(values);
  }
  if (seeds.length !== runs.length) throw new GnnError('INTERNAL', 'one run per seed expected');
  return out;
}

/**
 * Runs `fn(seed)` once per seed (sequentially, so runs never compete for the cores) and reports every
 * metric as mean ± sd:  x̄ = (1/n) Σ x_r,  s = √(Σ (x_r − x̄)² / (n − 1)). Null / non-finite values (a
 * target unobserved in that run) are left out of that metric; a metric never defined gives null.
 */
export function repeatRuns(seeds: readonly number[], fn: (seed: number) => RunMetrics): Record<string, MeanSd | null> {
  if (seeds.length === 0) throw new GnnError('BAD_INPUT', 'repeatRuns needs at least one seed');
  return aggregate(
    seeds,
    seeds.map((s) => fn(s)),
  );
}

/** `repeatRuns` for asynchronous runs (still one at a time). */
export async function repeatRunsAsync(
  seeds: readonly number[],
  fn: (seed: number) => Promise<RunMetrics>,
): Promise<Record<string, MeanSd | null>> {
  if (seeds.length === 0) throw new GnnError('BAD_INPUT', 'repeatRuns needs at least one seed');
  const runs: RunMetrics[] = [];
  for (const s of seeds) runs.push(await fn(s));
  return aggregate(seeds, runs);
}
