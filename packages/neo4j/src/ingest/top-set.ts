import { estimateOneRepMax, type LoggedSet, SCIENCE_CHOICES, topSet } from '@liftgraph/domain';

export const isWorkingSet = (s: LoggedSet): boolean => s.type !== 'warmup' && (s.reps ?? 0) >= 1;

/** The top working set (heaviest load, then most reps): the domain's definition, shared with the learning graph. */
export { topSet };

/**
 * Epley e1RM (kg) of one set via the domain, with logged RIR/RPE when it keeps reps + RIR in range;
 * null when the set cannot give an estimate (no load, reps outside [1, 12]).
 */
export function setE1rmKg(set: LoggedSet): number | null {
  const reps = set.reps ?? 0;
  const weight = set.weightKg ?? 0;
  const maxReps = SCIENCE_CHOICES.maxRepsForEstimate;
  if (weight <= 0 || reps < 1 || reps > maxReps) return null;
  const rir = set.rir ?? (set.rpe != null ? 10 - set.rpe : null);
  const usable = rir !== null && rir >= 0 && rir <= 10 && reps + rir <= maxReps ? rir : null;
  return estimateOneRepMax(weight, reps, { rir: usable });
}

/** Mean logged rest (s) after the working sets, or null when the log has none. */
export function meanRestSec(sets: readonly LoggedSet[]): number | null {
  const rests = sets.filter((s) => isWorkingSet(s) && s.restSec != null).map((s): number => s.restSec ?? 0);
  return rests.length === 0 ? null : rests.reduce((a, b) => a + b, 0) / rests.length;
}

/** Σ weight × reps over working sets with a load, in kg. */
export function volumeKg(sets: readonly LoggedSet[]): number {
  return sets.filter(isWorkingSet).reduce((a, s) => a + (s.weightKg ?? 0) * (s.reps ?? 0), 0);
}
