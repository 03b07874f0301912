import { DomainError } from '../errors.js';
import { type Kilograms, kg } from '../units.js';
import { assertInRange, assertIntegerInRange } from './assert-range.js';
import { ONE_REP_MAX_FORMULAS, type OneRepMaxFormulaId } from './one-rep-max-formulas.js';
import { percentOfOneRepMax, RPE_MAX, RPE_MIN } from './rpe-table.js';
import { SCIENCE_CHOICES } from './science-choices.js';

export type EstimateFormula = OneRepMaxFormulaId | 'rpe-table';

export interface EstimateOneRepMaxOptions {
  /** Default `epley`. `rpe-table` divides by the RTS chart value and needs `rpe` or `rir`. */
  formula?: EstimateFormula;
  /** Session-logged effort for this set, RIR-based scale (RPE = 10 − RIR). Give one of rpe/rir. */
  rpe?: number | null;
  rir?: number | null;
}

function resolveRir(rpe: number | null | undefined, rir: number | null | undefined): number | null {
  if (rpe != null) assertInRange('rpe', rpe, 0, 10);
  if (rir != null) assertInRange('rir', rir, 0, 10);
  if (rpe != null && rir != null && rpe !== 10 - rir) {
    throw new DomainError('INVALID_ARGUMENT', `rpe and rir disagree: rpe ${rpe} implies rir ${10 - rpe}, got rir ${rir}`);
  }
  if (rir != null) return rir;
  return rpe != null ? 10 - rpe : null;
}

/**
 * Estimated one-repetition maximum in kg from one set (docs/science.md §e1RM and §RTS table).
 *
 * - Classic formulas (Epley, Brzycki, Lombardi, Mayhew, O'Conner, Wathan) assume the set went to
 *   failure. When RIR (or RPE) is given, the set is treated as `reps + RIR` reps to failure.
 *   A single with no reps in reserve returns the load itself (SCIENCE_CHOICES.singleIsOneRepMax).
 * - `rpe-table`: e1RM = load / pct(reps, rpe) with the RTS chart; rpe in [6, 10] (rir in [0, 4]).
 *
 * Units: kg in, kg out. Valid: loadKg > 0; reps an integer in [1, 12]; reps + RIR ≤ 12 for the
 * classic formulas (estimates degrade with reps: Whisenant et al. 2003; prefer sets of ≤ 6–10 reps).
 * Example: 100 kg × 10 (Epley) → 133.3 kg; 100 kg × 5 @ RPE 8 (table) → 100 / 0.811 = 123.3 kg.
 */
export function estimateOneRepMax(loadKg: number, reps: number, options: EstimateOneRepMaxOptions = {}): Kilograms {
  const maxReps = SCIENCE_CHOICES.maxRepsForEstimate;
  if (!Number.isFinite(loadKg) || loadKg <= 0) {
    throw new DomainError('INVALID_LOAD', `load must be a finite number > 0 kg, got ${loadKg}`);
  }
  assertIntegerInRange('reps', reps, 1, maxReps, 'INVALID_REPS');
  const formula = options.formula ?? 'epley';
  const rir = resolveRir(options.rpe, options.rir);

  if (formula === 'rpe-table') {
    if (rir == null) {
      throw new DomainError('INVALID_ARGUMENT', 'the rpe-table formula needs rpe or rir, got neither');
    }
    const rpe = 10 - rir;
    assertInRange('rpe for the rpe-table formula', rpe, RPE_MIN, RPE_MAX);
    return kg(loadKg / percentOfOneRepMax(reps, rpe));
  }

  const repsToFailure = reps + (rir ?? 0);
  if (repsToFailure > maxReps) {
    throw new DomainError('INVALID_REPS', `reps + RIR must be ≤ ${maxReps}, got ${repsToFailure}`);
  }
  if (repsToFailure === 1 && SCIENCE_CHOICES.singleIsOneRepMax) return kg(loadKg);
  return kg(ONE_REP_MAX_FORMULAS[formula](loadKg, repsToFailure));
}
