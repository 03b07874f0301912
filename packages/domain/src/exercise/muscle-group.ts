import type { MuscleGroup, MuscleGroupId } from './exercise.js';

/**
 * The 17 muscle groups of free-exercise-db with display names and the body region a split
 * template schedules them in. Order follows `MUSCLE_GROUP_IDS`, so index i is the i-th
 * position of a muscle multi-hot vector.
 */
export const MUSCLE_GROUPS: readonly MuscleGroup[] = [
  { id: 'abdominals', name: 'Abdominals', region: 'core' },
  { id: 'abductors', name: 'Hip Abductors', region: 'lower' },
  { id: 'adductors', name: 'Hip Adductors', region: 'lower' },
  { id: 'biceps', name: 'Biceps', region: 'arms' },
  { id: 'calves', name: 'Calves', region: 'lower' },
  { id: 'chest', name: 'Chest', region: 'upper-push' },
  { id: 'forearms', name: 'Forearms', region: 'arms' },
  { id: 'glutes', name: 'Glutes', region: 'lower' },
  { id: 'hamstrings', name: 'Hamstrings', region: 'lower' },
  { id: 'lats', name: 'Lats', region: 'upper-pull' },
  { id: 'lower back', name: 'Lower Back', region: 'core' },
  { id: 'middle back', name: 'Middle Back', region: 'upper-pull' },
  { id: 'neck', name: 'Neck', region: 'upper-pull' },
  { id: 'quadriceps', name: 'Quadriceps', region: 'lower' },
  { id: 'shoulders', name: 'Shoulders', region: 'upper-push' },
  { id: 'traps', name: 'Trapezius', region: 'upper-pull' },
  { id: 'triceps', name: 'Triceps', region: 'arms' },
];

const BY_ID = new Map<MuscleGroupId, MuscleGroup>(MUSCLE_GROUPS.map((m) => [m.id, m]));

/** The muscle group with this id; `undefined` for an id outside the taxonomy. */
export function muscleGroupById(id: string): MuscleGroup | undefined {
  return BY_ID.get(id as MuscleGroupId);
}

/** Type guard: is `value` one of the 17 muscle group ids? */
export function isMuscleGroupId(value: unknown): value is MuscleGroupId {
  return typeof value === 'string' && BY_ID.has(value as MuscleGroupId);
}
