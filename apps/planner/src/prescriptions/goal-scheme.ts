import type { Exercise, Level, MovementPatternId } from '@liftgraph/domain';
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
  lunge: [5, 15],
  'core-flexion': [8, 20],
  'core-stability': [8, 20],
  rotation: [8, 20],
  'calf-raise': [8, 20],
  hinge: [3, 8],
};

/**
 * Plausible reps for exercises that are hard at body weight, by the athlete's level (docs/programming.md
 * §Plausible reps; coaching convention): a novice does Nordic curls for 2–5 eccentric reps and pull-ups
 * for 3–8, not sets of 12. Applied after the pattern bounds.
 */
export const EXERCISE_REP_BOUNDS: Readonly<Record<string, Readonly<Record<Level, readonly [min: number, max: number]>>>> = {
  'nordic-hamstring-curl': { beginner: [2, 5], intermediate: [3, 6], expert: [3, 8] },
  'pull-up': { beginner: [3, 8], intermediate: [3, 12], expert: [3, 15] },
  'chin-up': { beginner: [3, 8], intermediate: [3, 12], expert: [3, 15] },
  'neutral-grip-pull-up': { beginner: [3, 8], intermediate: [3, 12], expert: [3, 15] },
  'chest-dip': { beginner: [4, 10], intermediate: [5, 15], expert: [5, 20] },
  'pistol-squat': { beginner: [2, 5], intermediate: [3, 8], expert: [3, 10] },
  'handstand-push-up': { beginner: [1, 3], intermediate: [2, 6], expert: [3, 10] },
  'muscle-up': { beginner: [1, 3], intermediate: [1, 5], expert: [2, 8] },
  'inverted-row': { beginner: [5, 12], intermediate: [5, 15], expert: [5, 20] },
  'pike-push-up': { beginner: [4, 10], intermediate: [5, 12], expert: [5, 15] },
  'push-up': { beginner: [5, 15], intermediate: [5, 25], expert: [5, 30] },
};

/** The rep range an exercise is plausibly prescribed in for an athlete of this level (pattern bounds, then exercise bounds). */
export function repBoundsFor(e: Pick<Exercise, 'id' | 'pattern'>, level: Level): readonly [min: number, max: number] {
  const [plo, phi] = PATTERN_REP_BOUNDS[e.pattern] ?? [1, 30];
  const own = EXERCISE_REP_BOUNDS[e.id]?.[level];
  return own ? [Math.max(plo, own[0]) > Math.min(phi, own[1]) ? own[0] : Math.max(plo, own[0]), Math.min(phi, own[1])] : [plo, phi];
}

export function boundedReps(reps: number, e: Pick<Exercise, 'id' | 'pattern'>, level: Level): number {
  const [lo, hi] = repBoundsFor(e, level);
  return Math.min(hi, Math.max(lo, reps));
}

/**
 * What each goal means for reps, effort and rest (docs/programming.md §Goals; NSCA/ACSM): a strength
 * block's main lifts are 1–6 reps at RPE 7–9 with 3–5 min rest and at least 3 working sets; a
 * hypertrophy block works in 6–15 reps (trunk and calf work to 20).
 */
export const GOAL_RULES = {
  strength: { mainReps: [1, 6], mainRpe: [7, 9], mainRestSec: [180, 300], mainMinSets: 3 },
  hypertrophy: { reps: [6, 15], trunkAndCalfMaxReps: 20 },
} as const;

/** The reps a prescription may have in a hypertrophy block: 6–15 (20 for trunk and calves), inside the exercise's plausible bounds. */
export function hypertrophyRepRange(e: Pick<Exercise, 'id' | 'pattern'>, level: Level): readonly [number, number] {
  const [glo, ghi] = GOAL_RULES.hypertrophy.reps;
  const hi = (PATTERN_REP_BOUNDS[e.pattern]?.[1] ?? 0) > ghi ? GOAL_RULES.hypertrophy.trunkAndCalfMaxReps : ghi;
  const [plo, phi] = repBoundsFor(e, level);
  const lo = Math.max(glo, plo);
  const top = Math.min(hi, phi);
  return lo <= top ? [lo, top] : [plo, phi];
}

/** Reps inside what the goal means: a hypertrophy block keeps every exercise in its 6–15 (20) range; other goals as asked. */
export function goalReps(goal: Goal, e: Pick<Exercise, 'id' | 'pattern'>, reps: number, level: Level): number {
  if (goal !== 'hypertrophy') return reps;
  const [lo, hi] = hypertrophyRepRange(e, level);
  return Math.min(hi, Math.max(lo, reps));
}
