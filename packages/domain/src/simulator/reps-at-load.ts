import { RPE_PERCENT_SEQUENCE } from '../science/rpe-table.js';

const SEQ = Float64Array.from(RPE_PERCENT_SEQUENCE, (p) => p / 100);
const LAST = SEQ.length - 1;
const LAST_VALUE = SEQ[LAST] ?? 0.572;
/** Slope of the chart's last segment, per position, used to extrapolate below 57.2 % 1RM. */
const TAIL_SLOPE = (SEQ[LAST - 1] ?? 0.586) - LAST_VALUE;
/** Reps-to-failure cap for very light loads, where the chart says nothing. */
export const MAX_REPS_TO_FAILURE = 60;

/**
 * Reps a lifter can do to failure at `fractionOfOneRepMax` of their (current) 1RM, by inverting the
 * RTS chart (docs/science.md §RTS table): the load for n reps to failure (RPE 10) is seq[2(n − 1)], so
 *   k = position where seq(k) = fraction (linear between entries),  reps = k / 2 + 1.
 * Continuous (fractional reps). Above 1.0 nothing can be lifted → 0. Below 57.2 % the last segment's
 * slope is extrapolated, capped at MAX_REPS_TO_FAILURE. Monotone non-increasing in the fraction.
 */
export function repsToFailure(fractionOfOneRepMax: number): number {
  if (fractionOfOneRepMax > 1) return 0;
  if (fractionOfOneRepMax <= LAST_VALUE) {
    const k = LAST + (LAST_VALUE - fractionOfOneRepMax) / TAIL_SLOPE;
    return Math.min(MAX_REPS_TO_FAILURE, k / 2 + 1);
  }
  // Binary search on the decreasing sequence: SEQ[lo] ≥ fraction > SEQ[hi].
  let lo = 0;
  let hi = LAST;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((SEQ[mid] ?? 0) >= fractionOfOneRepMax) lo = mid;
    else hi = mid;
  }
  const a = SEQ[lo] ?? 1;
  const b = SEQ[hi] ?? a;
  const k = a === b ? lo : lo + (a - fractionOfOneRepMax) / (a - b);
  return k / 2 + 1;
}

/**
 * Fraction of 1RM at which `reps` leave `rir` reps in reserve (the forward RTS chart,
 * pct(reps, RPE 10 − RIR), extended below 57.2 % like `repsToFailure`). Inverse of `repsToFailure`:
 * repsToFailure(loadFractionFor(r, rir)) = r + rir. Valid: reps ≥ 1, rir ≥ 0.
 */
export function loadFractionFor(reps: number, rir: number): number {
  const k = 2 * (Math.max(1, reps) + Math.max(0, rir) - 1);
  if (k >= LAST) return Math.max(0.05, LAST_VALUE - (k - LAST) * TAIL_SLOPE);
  const lo = Math.floor(k);
  const a = SEQ[lo] ?? 1;
  const b = SEQ[lo + 1] ?? a;
  return a + (b - a) * (k - lo);
}
