import { DomainError } from '../errors.js';

/** One set as volume-load needs it. `loadKg` null (bodyweight without added load) counts as 0. */
export interface VolumeSet {
  reps: number | null;
  loadKg: number | null;
}

/**
 * Volume-load ("tonnage") in kg: Σ reps × load over the sets (sets × reps × load when uniform).
 * Units: kg·reps, reported as kg. Valid: reps and loads finite and ≥ 0; null counts as 0, so a
 * bodyweight set without added load contributes nothing (its external load is unknown).
 * Longo et al. 2022 (docs/science.md §Rest intervals): volume-load drove hypertrophy once rest was equated.
 * Example: 3 × 5 × 100 kg = 1500 kg.
 */
export function volumeLoadKg(sets: readonly VolumeSet[]): number {
  return sets.reduce((total, set, i) => {
    const reps = set.reps ?? 0;
    const loadKg = set.loadKg ?? 0;
    if (!Number.isFinite(reps) || reps < 0 || !Number.isFinite(loadKg) || loadKg < 0) {
      throw new DomainError('INVALID_ARGUMENT', `set ${i} needs reps ≥ 0 and load ≥ 0 kg, got ${reps} × ${loadKg}`);
    }
    return total + reps * loadKg;
  }, 0);
}
