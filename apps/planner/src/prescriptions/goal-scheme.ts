import type { Exercise, MovementPatternId } from '@liftgraph/domain';
import type { Goal } from '@liftgraph/domain/program';

export interface RepScheme {
  /** Inclusive rep range; repeats of an exercise in one week undulate inside it. */
  reps: readonly [low: number, high: number];
  restSec: number;
  /** Target RPE in the first and in the last hard week of a block (effort rises across the block). */
  rpe: readonly [start: number, peak: number];
}

/**
 * What an exercise is in the program: `main` = an anchor or priority compound (the lifts the block is
 * built around and progressed by load), `assistance` = any other compound (pulldowns, dumbbell
 * presses, leg press: trained for volume in moderate rep ranges), `isolation` = single-joint work.
 */
export type ExerciseRole = 'main' | 'assistance' | 'isolation';

export function exerciseRole(e: Pick<Exercise, 'id' | 'mechanic'>, mainLifts: ReadonlySet<string>): ExerciseRole {
  if (e.mechanic !== 'compound') return 'isolation';
  return mainLifts.has(e.id) ? 'main' : 'assistance';
}

/**
 * Rep ranges, rest and effort per goal and role (docs/science.md §Rest intervals, §Periodisation): strength main lifts 3–6 reps
 * with 3.5 min rest (ACSM 3–5 min for heavy loads), hypertrophy main lifts 6–10 with 2.5 min
 * (Schoenfeld 2016: 3 min beat 1 min); assistance compounds 8–12 (6–10 for strength) with 2 min;
 * isolation 10–15 (8–12 for strength) with 75–90 s. RPE 7 → 8.5 over a block (RP: start ~3 RIR, end
 * near 1 RIR). Editable defaults.
 */
export const GOAL_SCHEMES: Readonly<Record<Goal, Readonly<Record<ExerciseRole, RepScheme>>>> = {
  strength: {
    main: { reps: [3, 6], restSec: 210, rpe: [7, 8.5] },
    assistance: { reps: [6, 10], restSec: 120, rpe: [7, 8.5] },
    isolation: { reps: [8, 12], restSec: 90, rpe: [7, 8.5] },
  },
  hypertrophy: {
    main: { reps: [6, 10], restSec: 150, rpe: [7, 8.5] },
    assistance: { reps: [8, 12], restSec: 120, rpe: [7, 8.5] },
    isolation: { reps: [10, 15], restSec: 90, rpe: [7.5, 9] },
  },
  general: {
    main: { reps: [5, 8], restSec: 150, rpe: [7, 8.5] },
    assistance: { reps: [8, 12], restSec: 120, rpe: [7, 8.5] },
    isolation: { reps: [10, 15], restSec: 75, rpe: [7, 8.5] },
  },
};

/** Reps of the k-th occurrence of an exercise in a week of n occurrences: heavy, light, middle (DUP). */
export function undulatedReps(scheme: RepScheme, occurrence: number, occurrences: number): number {
  const [lo, hi] = scheme.reps;
  const mid = Math.round((lo + hi) / 2);
  if (occurrences <= 1) return mid;
  return [lo, hi, mid][occurrence % 3] ?? mid;
}

/**
 * Pattern-specific rep bounds applied after the goal scheme (coaching convention, ASSUMPTION):
 * unilateral and trunk work is not done in sets of 3–6, heavy hinges are not done for 10+ (technique
 * breaks down before the target muscles do).
 */
export const PATTERN_REP_BOUNDS: Readonly<Partial<Record<MovementPatternId, readonly [min: number, max: number]>>> = {
  lunge: [8, 15],
  'core-flexion': [8, 20],
  'core-stability': [8, 20],
  rotation: [8, 20],
  'calf-raise': [8, 20],
  hinge: [3, 8],
};

export function boundedReps(reps: number, pattern: MovementPatternId): number {
  const bounds = PATTERN_REP_BOUNDS[pattern];
  return bounds ? Math.min(bounds[1], Math.max(bounds[0], reps)) : reps;
}
