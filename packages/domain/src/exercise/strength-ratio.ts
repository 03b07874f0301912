import type { Exercise, MovementPatternId } from './exercise.js';

/**
 * Typical 1RM / bodyweight of an intermediate man on a barbell-style version of each pattern.
 * ASSUMPTION (coarse strength-standard-table magnitudes), used only to transfer loads between
 * exercises (as a ratio) and for conservative first guesses; never as a target.
 */
const PATTERN_RATIO: Partial<Record<MovementPatternId, number>> = {
  squat: 1.25,
  hinge: 1.5,
  lunge: 0.6,
  'horizontal-push': 1.0,
  'vertical-push': 0.65,
  'horizontal-pull': 0.8,
  'vertical-pull': 0.9,
  carry: 1.0,
  'elbow-flexion': 0.4,
  'elbow-extension': 0.35,
  'shoulder-raise': 0.15,
  'chest-fly': 0.3,
  'knee-flexion': 0.4,
  'knee-extension': 0.6,
  'hip-abduction': 0.6,
  'hip-adduction': 0.6,
  'calf-raise': 1.0,
  shrug: 1.2,
  'core-flexion': 0.3,
  'core-stability': 0.3,
  rotation: 0.2,
  wrist: 0.3,
};
/** Dumbbells and kettlebells are loaded per hand. ASSUMPTION. */
const EQUIPMENT_FACTOR: Partial<Record<Exercise['equipment'], number>> = { dumbbell: 0.4, kettlebells: 0.4, cable: 0.8, machine: 1.1 };

export function strengthRatio(e: Exercise): number {
  return (PATTERN_RATIO[e.pattern] ?? 0.4) * (EQUIPMENT_FACTOR[e.equipment] ?? 1);
}

/**
 * The planner's strength ratio of `to` over `from` (1RM of `to` ≈ 1RM of `from` × this): what transfers a
 * capacity between exercises, and the debut model's prior for pairs its pool of lifters lacks.
 */
export function priorRatio(from: Exercise, to: Exercise): number {
  return strengthRatio(to) / strengthRatio(from);
}
