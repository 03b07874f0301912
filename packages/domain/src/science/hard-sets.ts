import type { MuscleGroupId, MuscleTarget } from '../exercise/exercise.js';
import type { LoggedSet } from '../log/workout-log.js';
import { dayNumber } from './calendar-day.js';
import { SCIENCE_CHOICES } from './science-choices.js';

/** The parts of a set the hard-set test reads (a `LoggedSet` fits). */
export type HardSetCandidate = Pick<LoggedSet, 'type' | 'reps' | 'rpe' | 'rir'>;

/** One set of one exercise on one day, with the muscles the exercise targets. */
export interface MuscleSetEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  targets: readonly Pick<MuscleTarget, 'muscle' | 'role'>[];
  set: HardSetCandidate;
}

/**
 * Hard set (RP volume landmarks' "set", docs/science.md §Hard sets: a working set stopped 0–4 reps from failure):
 * not a warm-up, at least 1 rep, and — when effort was logged — RIR ≤ 4 (RIR = 10 − RPE when only RPE
 * is logged). Sets with no logged effort count, since most logs never record it; drop and failure
 * sets count. The ≥ 30 % 1RM condition is not checked (it needs an e1RM).
 */
export function isHardSet(set: HardSetCandidate): boolean {
  if (set.type === 'warmup' || (set.reps ?? 0) < 1) return false;
  const rir = set.rir ?? (set.rpe != null ? 10 - set.rpe : null);
  return rir === null || rir <= SCIENCE_CHOICES.hardSetMaxRir;
}

/**
 * Weekly hard sets per muscle (docs/science.md §Hard sets):
 *   sets[m] = Σ over hard sets in [weekStart, weekStart + 6] of (1 if m is a primary target, 0.5 if secondary)
 * Indirect sets count 0.5 (Pelland et al. 2024); `share` is ignored. A muscle listed twice for one
 * exercise counts once, at its larger weight. Units: sets (fractional). Muscles with no sets are absent.
 */
export function weeklyHardSetsPerMuscle(entries: readonly MuscleSetEntry[], weekStart: string): Partial<Record<MuscleGroupId, number>> {
  const first = dayNumber(weekStart);
  const totals: Partial<Record<MuscleGroupId, number>> = {};
  for (const entry of entries) {
    const day = dayNumber(entry.date);
    if (day < first || day > first + 6 || !isHardSet(entry.set)) continue;
    const weights = new Map<MuscleGroupId, number>();
    for (const { muscle, role } of entry.targets) {
      const w = role === 'primary' ? SCIENCE_CHOICES.primarySetWeight : SCIENCE_CHOICES.secondarySetWeight;
      weights.set(muscle, Math.max(w, weights.get(muscle) ?? 0));
    }
    for (const [muscle, w] of weights) totals[muscle] = (totals[muscle] ?? 0) + w;
  }
  return totals;
}
