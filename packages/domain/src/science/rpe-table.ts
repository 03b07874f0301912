import { assertInRange, assertIntegerInRange } from './assert-range.js';
import { SCIENCE_CHOICES } from './science-choices.js';

/**
 * The RTS / Tuchscherer %1RM chart as one decreasing sequence (docs/science.md §RTS table, [SECONDARY]: the
 * same 31 values in several independent implementations). Index k = 2·(reps − 1) + 2·(10 − RPE):
 * one extra rep moves two positions, half an RPE point one position.
 */
export const RPE_PERCENT_SEQUENCE: readonly number[] = [
  100,
  97.8,
  95.5,
  93.9,
  92.2,
  90.7,
  89.2,
  87.8,
  86.3,
  85.0,
  83.7,
  82.4,
  81.1,
  79.9,
  78.6,
  77.4,
  76.2,
  75.1,
  73.9,
  72.3,
  70.7,
  69.4,
  68.0,
  66.7,
  65.3,
  64.0,
  62.6,
  61.3,
  59.9,
  58.6,
  SCIENCE_CHOICES.rpeTableLastValue,
];

/** RPE range the chart covers (6 = 4 RIR … 10 = 0 RIR). */
export const RPE_MIN = 6;
export const RPE_MAX = 10;

/** Value of the sequence at a fractional position, linearly interpolated between neighbours. */
export function sequenceAt(position: number): number {
  const last = RPE_PERCENT_SEQUENCE.length - 1;
  const clamped = Math.min(Math.max(position, 0), last);
  const lo = Math.floor(clamped);
  const hi = Math.min(lo + 1, last);
  const a = RPE_PERCENT_SEQUENCE[lo] ?? 100;
  const b = RPE_PERCENT_SEQUENCE[hi] ?? a;
  return a + (b - a) * (clamped - lo);
}

/**
 * Fraction of 1RM that `reps` at `rpe` represent, from the RTS chart (docs/science.md §RTS table):
 *   pct(r, rpe) = seq[2·(r − 1) + 2·(10 − rpe)] / 100
 * Half-point RPEs hit the chart exactly; other RPEs are interpolated linearly between positions.
 * Valid: reps an integer in [1, 12] (the sequence reaches 12 reps at RPE 6), rpe in [6, 10].
 * Example: 5 reps @ RPE 8 → 0.811.
 */
export function percentOfOneRepMax(reps: number, rpe: number): number {
  assertIntegerInRange('reps', reps, 1, SCIENCE_CHOICES.maxRepsForEstimate, 'INVALID_REPS');
  assertInRange('rpe', rpe, RPE_MIN, RPE_MAX);
  return sequenceAt(2 * (reps - 1) + 2 * (10 - rpe)) / 100;
}

/** RPE = 10 − RIR (Zourdos et al. 2016; Helms et al. 2016, docs/science.md §RPE and RIR). Valid RIR in [0, 10]. */
export function rpeFromRir(rir: number): number {
  assertInRange('rir', rir, 0, 10);
  return 10 - rir;
}

/** RIR = 10 − RPE (Zourdos et al. 2016, docs/science.md §RPE and RIR). Valid RPE in [0, 10]. */
export function rirFromRpe(rpe: number): number {
  assertInRange('rpe', rpe, 0, 10);
  return 10 - rpe;
}
