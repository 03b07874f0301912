import { assertInRange } from './assert-range.js';

/** Longest session accepted, in minutes (a guard against seconds or hours logged as minutes). */
export const MAX_SESSION_MIN = 600;

/**
 * Session-RPE training load in arbitrary units (Foster et al. 2001, docs/science.md §Session-RPE load):
 *   sTL = durationMin × sRPE
 * sRPE is the whole-session rating on Foster's modified CR-10 scale. Valid: durationMin in
 * [0, 600], sessionRpe in [0, 10]. Example: 60 min at sRPE 7 → 420 AU.
 */
export function sessionRpeLoad(durationMin: number, sessionRpe: number): number {
  assertInRange('durationMin', durationMin, 0, MAX_SESSION_MIN);
  assertInRange('sessionRpe', sessionRpe, 0, 10);
  return durationMin * sessionRpe;
}
