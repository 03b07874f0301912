import { type Exercise, type MovementPatternId, type MuscleGroupId, similarity } from '@liftgraph/domain';
import type { TemplateDay } from '../problem/split-templates.js';
import { REDUNDANCY_THRESHOLD } from '../rules/soft/redundant-exercises.rule.js';
import { isFiller } from '../problem/movement-patterns.js';

export interface CandidateOptions {
  allowed: readonly Exercise[];
  familiarity: (exerciseId: string) => number;
  priorityExercises: ReadonlySet<string>;
  /** Main lifts of the big patterns (anchorExercises): always candidates where they fit the day. */
  anchorExercises?: ReadonlySet<string>;
  targets: Readonly<Record<MuscleGroupId, { target: number }>>;
  perMuscle?: number;
  /** Muscles whose weekly target is below this get no candidates of their own (compounds cover them). */
  minDirectSets?: number;
  maxPerDay?: number;
  /** Priority muscles: isolation work for a compound-covered muscle is offered only when it is one (no filler). */
  priorityMuscles?: ReadonlySet<string>;
}

const PROGRAMMABLE = new Set(['strength', 'powerlifting']);

/**
 * Movement patterns whose compounds are the multi-joint strength work ACSM ranks first (docs/science.md
 * §Exercise order). Compounds of other patterns (get-ups, carries, JM presses) get no compound preference: for
 * direct delt or triceps work a coach picks a raise or a pushdown, not a Turkish get-up.
 */
const MULTI_JOINT_PATTERNS: ReadonlySet<MovementPatternId> = new Set([
  'squat',
  'hinge',
  'lunge',
  'horizontal-push',
  'vertical-push',
  'horizontal-pull',
  'vertical-pull',
]);

export function isMultiJointStrength(e: Pick<Exercise, 'mechanic' | 'pattern'>): boolean {
  return e.mechanic === 'compound' && MULTI_JOINT_PATTERNS.has(e.pattern);
}

/** How attractive an exercise is for a muscle before the solver weighs the whole week. */
export function candidateScore(e: Exercise, muscle: MuscleGroupId, o: CandidateOptions): number {
  const share = e.targets.find((t) => t.muscle === muscle)?.share ?? 0;
  return (
    share +
    1.2 * o.familiarity(e.id) +
    (isMultiJointStrength(e) ? 0.5 : 0) +
    (o.priorityExercises.has(e.id) ? 3 : 0) +
    (o.anchorExercises?.has(e.id) ? 2 : 0) +
    (e.level === 'expert' ? -0.3 : 0) +
    (e.source === 'liftgraph' ? 0.1 : 0)
  );
}

/**
 * Candidates of one day: for each focus muscle with a target, the best few exercises that train it as
 * primary and whose primary muscles all belong to the day, plus the priority and anchor exercises that
 * fit the day. Near-duplicates (SIMILAR_TO ≥ REDUNDANCY_THRESHOLD to a better-ranked candidate) are dropped
 * here instead of being penalised pairwise in the MIP: the pairwise z-variables made the LP relaxation
 * weak and the branch-and-bound slow, while a pre-filter keeps each day's model at ~10–20 binaries
 * with no redundant pair left to choose between.
 */
export function dayCandidates(day: TemplateDay, o: CandidateOptions): Exercise[] {
  const focus = new Set<MuscleGroupId>(day.focus);
  const fits = (e: Exercise): boolean =>
    PROGRAMMABLE.has(e.category) &&
    !isFiller(e, o.priorityMuscles ?? new Set()) &&
    e.targets.some((t) => t.role === 'primary') &&
    e.targets.every((t) => t.role !== 'primary' || focus.has(t.muscle));
  const pool = o.allowed.filter(fits);
  const picked = new Map<string, Exercise>();
  for (const e of pool) if (o.priorityExercises.has(e.id) || o.anchorExercises?.has(e.id)) picked.set(e.id, e);
  // Full-body days cover ~13 muscles: 2 per muscle keeps their MIP at ~20 binaries (3 gave ~30 and
  // 70–200 ms solves); split days keep 3 per muscle for choice.
  const perMuscle = o.perMuscle ?? (day.focus.length > 8 ? 2 : 3);
  const redundant = (e: Exercise): boolean =>
    [...picked.values()].some((p) => p.id === e.id || similarity(p, e).score >= REDUNDANCY_THRESHOLD);
  for (const m of day.focus) {
    if (o.targets[m].target < (o.minDirectSets ?? 1e-9)) continue;
    const ranked = pool
      .filter((e) => e.targets.some((t) => t.muscle === m && t.role === 'primary'))
      .map((e) => ({ e, s: candidateScore(e, m, o) }))
      .sort((a, b) => b.s - a.s || a.e.id.localeCompare(b.e.id));
    let taken = 0;
    for (const { e } of ranked) {
      if (taken >= perMuscle) break;
      if (redundant(e)) continue;
      picked.set(e.id, e);
      taken += 1;
    }
  }
  return [...picked.values()].slice(0, o.maxPerDay ?? 24);
}
