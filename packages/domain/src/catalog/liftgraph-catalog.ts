import type { Exercise } from '../exercise/exercise.js';
import { ARM_EXERCISES } from './exercises-data/arms.js';
import { BACK_EXERCISES } from './exercises-data/back.js';
import { CHEST_EXERCISES } from './exercises-data/chest.js';
import { CONDITIONING_EXERCISES } from './exercises-data/conditioning.js';
import { CORE_AND_OTHER_EXERCISES } from './exercises-data/core-and-other.js';
import { HINGE_EXERCISES } from './exercises-data/hinge.js';
import { LEG_ISOLATION_EXERCISES } from './exercises-data/legs-isolation.js';
import { SHOULDER_EXERCISES } from './exercises-data/shoulders.js';
import { SQUAT_LUNGE_EXERCISES } from './exercises-data/squat-lunge.js';

/**
 * Liftgraph's own curated exercise catalog (source `'liftgraph'`): common gym exercises with
 * muscle shares, movement pattern and the names loggers (Strong, Hevy, FitNotes) use for them.
 * Frozen: derive new catalogs with `mergeCatalog`, never mutate this one.
 */
export const LIFTGRAPH_CATALOG: readonly Exercise[] = Object.freeze([
  ...SQUAT_LUNGE_EXERCISES,
  ...HINGE_EXERCISES,
  ...CHEST_EXERCISES,
  ...SHOULDER_EXERCISES,
  ...BACK_EXERCISES,
  ...ARM_EXERCISES,
  ...LEG_ISOLATION_EXERCISES,
  ...CORE_AND_OTHER_EXERCISES,
  ...CONDITIONING_EXERCISES,
]);

/**
 * The twelve exercises of the original study, by the names the study used, mapped to catalog ids.
 * "Tricep Extensions" and "Shoulder Press" are generic in the study; we resolve them to the most
 * common gym variant (cable triceps extension, dumbbell shoulder press).
 */
export const STUDY_EXERCISE_IDS: Readonly<Record<string, string>> = Object.freeze({
  'Pull-ups': 'pull-up',
  'Barbell Curls': 'barbell-curl',
  'Lat Pulldowns': 'lat-pulldown',
  'Hammer Curls': 'hammer-curl',
  'Seated Rows': 'seated-cable-row',
  'Seated Curls': 'seated-dumbbell-curl',
  'Tricep Extensions': 'cable-triceps-extension',
  'Incline Bench Press': 'incline-bench-press',
  'Lateral Raises': 'dumbbell-lateral-raise',
  'Machine Flies': 'machine-chest-fly',
  'Tricep Pushdowns': 'triceps-pushdown',
  'Shoulder Press': 'dumbbell-shoulder-press',
});
