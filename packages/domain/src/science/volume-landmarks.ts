import type { MuscleGroupId } from '../exercise/exercise.js';

/**
 * Weekly hard sets per muscle (primary sets count 1, secondary 0.5, see `weeklyHardSetsPerMuscle`): RP
 * volume landmarks. The planner caps each muscle's weekly sets at its MRV; the portal colours the
 * weekly hard-set heat map by the zone they fall in.
 */
export interface VolumeLandmark {
  mv: number;
  mev: number;
  mavLow: number;
  mavHigh: number;
  /** Hard ceiling: weekly sets above it are never planned (rule max-weekly-sets-per-muscle). */
  mrv: number;
  source: string;
}

const L = (mv: number, mev: number, mavLow: number, mavHigh: number, mrv: number, source: string): VolumeLandmark => ({
  mv,
  mev,
  mavLow,
  mavHigh,
  mrv,
  source,
});

/**
 * Editable defaults (spread and override per athlete). Numbers: docs/science.md §Volume landmarks, the RP 2017-era
 * table; `source` says how each row maps onto the 17 free-exercise-db groups. RP's "back" (MEV 10,
 * MAV 14–22, MRV 25) is split between lats and middle back (ASSUMPTION: ~60/40, so their sum stays
 * near RP's back numbers). Muscles absent from the table carry ASSUMPTION values.
 */
export const VOLUME_LANDMARKS: Readonly<Record<MuscleGroupId, VolumeLandmark>> = {
  chest: L(8, 10, 12, 20, 22, 'docs/science.md §Volume landmarks: chest (RP 2017, VERIFIED)'),
  lats: L(5, 6, 9, 13, 15, 'docs/science.md §Volume landmarks: back × 0.6 (ASSUMPTION split)'),
  'middle back': L(3, 4, 6, 9, 12, 'docs/science.md §Volume landmarks: back × 0.4 (ASSUMPTION split)'),
  quadriceps: L(6, 8, 12, 18, 20, 'docs/science.md §Volume landmarks: quads (SECONDARY)'),
  hamstrings: L(4, 6, 10, 16, 20, 'docs/science.md §Volume landmarks: hamstrings (SECONDARY)'),
  glutes: L(0, 0, 4, 12, 16, 'docs/science.md §Volume landmarks: glutes (SECONDARY)'),
  shoulders: L(0, 8, 16, 22, 26, 'docs/science.md §Volume landmarks: side & rear delts (SECONDARY); front delts get pressing work'),
  biceps: L(5, 8, 14, 20, 26, 'docs/science.md §Volume landmarks: biceps (SECONDARY)'),
  triceps: L(4, 6, 10, 14, 18, 'docs/science.md §Volume landmarks: triceps (SECONDARY)'),
  calves: L(6, 8, 12, 16, 20, 'docs/science.md §Volume landmarks: calves (SECONDARY)'),
  abdominals: L(0, 0, 16, 20, 25, 'docs/science.md §Volume landmarks: abs (SECONDARY)'),
  traps: L(0, 0, 12, 20, 26, 'docs/science.md §Volume landmarks: traps (UNVERIFIED)'),
  forearms: L(0, 2, 10, 20, 25, 'docs/science.md §Volume landmarks: forearms (UNVERIFIED)'),
  'lower back': L(0, 0, 4, 8, 12, 'ASSUMPTION: not in the RP table; hinge work is fatiguing, kept low'),
  adductors: L(0, 0, 2, 6, 12, 'ASSUMPTION: not in the RP table; squats and lunges cover it'),
  abductors: L(0, 0, 2, 6, 12, 'ASSUMPTION: not in the RP table'),
  neck: L(0, 0, 0, 0, 8, 'ASSUMPTION: not in the RP table; not programmed by default'),
};

/** RP's per-session ceiling (docs/science.md §Split templates: "no higher than 12 working sets per session"). */
export const MAX_SETS_PER_MUSCLE_PER_SESSION = 12;

/** Minimum hours between two sessions that train a muscle as primary (docs/science.md §Recovery, ACSM 48 h). */
export const MIN_RECOVERY_HOURS = 48;

/** The landmarks of a muscle group by name; undefined for a name that is not one of the 17 groups. */
export function volumeLandmarkOf(muscle: string): VolumeLandmark | undefined {
  return Object.hasOwn(VOLUME_LANDMARKS, muscle) ? VOLUME_LANDMARKS[muscle as MuscleGroupId] : undefined;
}

/** Where a week's hard sets for a muscle fall against its landmarks. */
export type VolumeZone = 'none' | 'below-mev' | 'productive' | 'high' | 'above-mrv';

/**
 * The zone of `sets` weekly hard sets for `muscle`: none (0), below MEV, productive (MEV–MAV), high
 * (MAV–MRV) or above MRV. A name that is not one of the 17 muscle groups has no landmarks: productive.
 */
export function volumeZone(muscle: string, sets: number): VolumeZone {
  if (sets <= 0) return 'none';
  const lm = volumeLandmarkOf(muscle);
  if (lm === undefined) return 'productive';
  if (sets > lm.mrv) return 'above-mrv';
  if (sets > lm.mavHigh) return 'high';
  if (sets < lm.mev) return 'below-mev';
  return 'productive';
}
