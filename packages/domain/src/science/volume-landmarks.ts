import type { MuscleGroupId } from '@liftgraph/domain';

/** Weekly hard sets per muscle (primary sets count 1, secondary 0.5): RP volume landmarks. */
export interface VolumeLandmark {
  mv: number;
  mev: number;
  mavLow: number;
  mavHigh: number;
  /** Hard ceiling: weekly sets above it are never planned (rule max-weekly-sets-per-muscle). */
  mrv: number;
  source: string;
}

const L = (mv: number, mev: number, mavLow: number, mavHigh: number, mrv: number, source: string): VolumeLandmark => ({ mv, mev, mavLow, mavHigh, mrv, source });

/**
 * Editable defaults (spread and override per athlete). Numbers: SCIENCE.md §5.2, the RP 2017-era
 * table; `source` says how each row maps onto the 17 free-exercise-db groups. RP's "back" (MEV 10,
 * MAV 14–22, MRV 25) is split between lats and middle back (ASSUMPTION: ~60/40, so their sum stays
 * near RP's back numbers). Muscles absent from the table carry ASSUMPTION values.
 */
export const VOLUME_LANDMARKS: Readonly<Record<MuscleGroupId, VolumeLandmark>> = {
  chest: L(8, 10, 12, 20, 22, 'SCIENCE §5.2 chest (RP 2017, VERIFIED)'),
  lats: L(5, 6, 9, 13, 15, 'SCIENCE §5.2 back × 0.6 (ASSUMPTION split)'),
  'middle back': L(3, 4, 6, 9, 12, 'SCIENCE §5.2 back × 0.4 (ASSUMPTION split)'),
  quadriceps: L(6, 8, 12, 18, 20, 'SCIENCE §5.2 quads (SECONDARY)'),
  hamstrings: L(4, 6, 10, 16, 20, 'SCIENCE §5.2 hamstrings (SECONDARY)'),
  glutes: L(0, 0, 4, 12, 16, 'SCIENCE §5.2 glutes (SECONDARY)'),
  shoulders: L(0, 8, 16, 22, 26, 'SCIENCE §5.2 side & rear delts (SECONDARY); front delts get pressing work'),
  biceps: L(5, 8, 14, 20, 26, 'SCIENCE §5.2 biceps (SECONDARY)'),
  triceps: L(4, 6, 10, 14, 18, 'SCIENCE §5.2 triceps (SECONDARY)'),
  calves: L(6, 8, 12, 16, 20, 'SCIENCE §5.2 calves (SECONDARY)'),
  abdominals: L(0, 0, 16, 20, 25, 'SCIENCE §5.2 abs (SECONDARY)'),
  traps: L(0, 0, 12, 20, 26, 'SCIENCE §5.2 traps (UNVERIFIED)'),
  forearms: L(0, 2, 10, 20, 25, 'SCIENCE §5.2 forearms (UNVERIFIED)'),
  'lower back': L(0, 0, 4, 8, 12, 'ASSUMPTION: not in the RP table; hinge work is fatiguing, kept low'),
  adductors: L(0, 0, 2, 6, 12, 'ASSUMPTION: not in the RP table; squats and lunges cover it'),
  abductors: L(0, 0, 2, 6, 12, 'ASSUMPTION: not in the RP table'),
  neck: L(0, 0, 0, 0, 8, 'ASSUMPTION: not in the RP table; not programmed by default'),
};

/** RP's per-session ceiling (SCIENCE.md §8: "no higher than 12 working sets per session"). */
export const MAX_SETS_PER_MUSCLE_PER_SESSION = 12;

/** Minimum hours between two sessions that train a muscle as primary (SCIENCE.md §6.1, ACSM 48 h). */
export const MIN_RECOVERY_HOURS = 48;
