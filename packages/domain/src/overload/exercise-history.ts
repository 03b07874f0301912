import { countedRir } from '../capacity/estimate-capacity.js';
import { impliedE1RmKg } from '../capacity/implied-e1rm.js';
import { SCIENCE_CHOICES } from '../science/science-choices.js';
import type { ExerciseSession, OverloadHistory, PerformedSet } from './overload-types.js';

/** The most recent session, or null for an exercise never done. */
export function lastSession(history: OverloadHistory): ExerciseSession | null {
  return history.at(-1) ?? null;
}

/** True when every set reached `reps` (an empty session never counts as reached). */
export function allSetsReached(session: ExerciseSession, reps: number): boolean {
  return session.sets.length > 0 && session.sets.every((set) => set.reps >= reps);
}

/** Reported RPE of a set: logged RPE, else 10 − RIR, else null. */
export function setRpe(set: PerformedSet): number | null {
  if (set.rpe != null) return set.rpe;
  return set.rir != null ? 10 - set.rir : null;
}

/**
 * Best implied e1RM of a session's sets of 1–12 reps, in kg; null when no set qualifies. The same
 * convention as the capacity estimate (`impliedE1RmKg` with `countedRir`: logged RIR counted up to
 * CAPACITY_RULES.maxCountedRir, unlogged sets at CAPACITY_RULES.unloggedRir), so the rules, the
 * planner and the portal's trend read one e1RM.
 */
export function sessionE1RmKg(session: ExerciseSession): number | null {
  let best: number | null = null;
  for (const s of session.sets) {
    if (!(
      s.weightKg > 0 &&
      Number.isFinite(s.weightKg) &&
      Number.isInteger(s.reps) &&
      s.reps >= 1 &&
      s.reps <= SCIENCE_CHOICES.maxRepsForEstimate
    ))
      continue;
    const e1Rm = impliedE1RmKg(s.weightKg, s.reps, countedRir(s).rir);
    if (best === null || e1Rm > best) best = e1Rm;
  }
  return best;
}

/** Number of most recent sessions in a row where some set missed the day's target reps. */
export function consecutiveMisses(history: OverloadHistory): number {
  let misses = 0;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const session = history[i];
    if (!session || allSetsReached(session, session.targetReps)) break;
    misses += 1;
  }
  return misses;
}

/** Formats a number for a reason line: at most one decimal, no trailing ".0" on kg values. */
export function fmt(value: number, decimals = 1): string {
  return value.toFixed(decimals);
}

/** Formats kg: "102.5 kg", "100 kg". */
export function fmtKg(valueKg: number): string {
  return `${Number(valueKg.toFixed(2))} kg`;
}
