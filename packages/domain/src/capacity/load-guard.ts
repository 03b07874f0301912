import { roundLoadKg } from '../overload/round-load.js';
import type { Capacity } from './estimate-capacity.js';
import { impliedE1RmKg, loadForE1RmKg, rirOfRpe } from './implied-e1rm.js';

/**
 * The load guard (docs/science.md §Capacity, §Load guard), one definition for the planner and
 * autoregulation:
 * - `marginPct`: no prescription's implied e1RM — Epley on its reps plus the RIR its target RPE
 *   means — may exceed the athlete's capacity estimate by more than 5 %: the room the overload
 *   rules, the block's planned progression (≤ 1 %/hard week) and its rising RPE may use, never more.
 * - `firstExposureRpe`: first exposures are planned at RPE 7 (3 RIR) from the low end of the
 *   capacity band, and say "work up to RPE 7 and adjust" rather than a precise heavy number.
 */
export const LOAD_GUARD = { marginPct: 5, firstExposureRpe: 7 } as const;

/** The implied e1RM of a prescription (kg), or null when it carries no external load. */
export function prescriptionE1RmKg(rx: { loadKg: number | null; reps: number; targetRpe: number }): number | null {
  if (rx.loadKg === null || rx.loadKg <= 0) return null;
  return impliedE1RmKg(rx.loadKg, rx.reps, rirOfRpe(rx.targetRpe));
}

/** The heaviest load the guard allows for `reps` at `targetRpe` from a capacity (its e1RM), rounded down to the equipment's step. */
export function guardLimitKg(capacity: Pick<Capacity, 'e1RmKg'>, reps: number, targetRpe: number, stepKg: number): number {
  const limit = loadForE1RmKg(capacity.e1RmKg * (1 + LOAD_GUARD.marginPct / 100), reps, rirOfRpe(targetRpe));
  return roundLoadKg(Math.max(0, limit), stepKg, 'down');
}
