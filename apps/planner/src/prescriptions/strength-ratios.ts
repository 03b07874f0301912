import { percentOfOneRepMax } from '@liftgraph/domain';

// The strength ratios live in the domain (the API carries a swapped exercise's load with them too).
export { priorRatio, strengthRatio } from '@liftgraph/domain';

/** Fraction of 1RM for `reps` at `rpe` (RTS chart, docs/science.md §RTS table), extended past 12 reps by −1.5 %/rep. */
export function rtsFraction(reps: number, rpe: number): number {
  const r = Math.max(1, Math.round(reps));
  const clampedRpe = Math.min(10, Math.max(6.5, Math.round(rpe * 2) / 2));
  if (r <= 12) return percentOfOneRepMax(r, clampedRpe);
  return Math.max(0.4, percentOfOneRepMax(12, clampedRpe) - 0.015 * (r - 12));
}
