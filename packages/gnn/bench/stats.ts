/** Timing helpers shared by the bench modes. */

/** q-quantile (0..1) of `xs` by the nearest-rank rule on the sorted copy; median = average of the middle two. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  if (q === 0.5) {
    const m = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
  }
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

export const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** Median ms of `runs` calls of `fn` after `warmup` untimed calls. */
export function timeRuns(fn: () => void, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/**
 * CPU ms this process has used (user + system, all its threads). On a machine shared with other
 * processes, wall time of a few-ms call mostly measures waiting for a core; CPU time is the work itself.
 */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
