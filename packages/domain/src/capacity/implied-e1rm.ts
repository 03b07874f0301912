import { epley } from '../science/one-rep-max-formulas.js';

/**
 * Reps in reserve that a target or logged RPE means (RIR-based RPE scale, Zourdos et al. 2016:
 * RPE 10 = 0 RIR, 8 = 2 RIR). Clamped to [0, 10].
 */
export function rirOfRpe(rpe: number): number {
  return Math.min(10, Math.max(0, 10 - rpe));
}

/**
 * The e1RM a set implies when done for `reps` with `rir` reps left: Epley on the reps the set could
 * have gone to failure (`reps + RIR`); a single at 0 RIR is the load itself. One formula for the
 * capacity estimate, the planner's load guard and the checks, so they agree by construction.
 * Past 12 reps to failure the equation extrapolates (estimates degrade: Whisenant et al. 2003);
 * callers that estimate capacity keep to sets of ≤ 12 reps.
 */
export function impliedE1RmKg(loadKg: number, reps: number, rir: number): number {
  const toFailure = reps + Math.max(0, rir);
  return toFailure <= 1 ? loadKg : epley(loadKg, toFailure);
}

/** The load whose `reps` at `rir` imply `e1RmKg`: the inverse of `impliedE1RmKg`. */
export function loadForE1RmKg(e1RmKg: number, reps: number, rir: number): number {
  const toFailure = reps + Math.max(0, rir);
  return toFailure <= 1 ? e1RmKg : e1RmKg / (1 + toFailure / 30);
}
