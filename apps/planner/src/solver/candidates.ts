import type { Exercise, MuscleGroupId } from '@liftgraph/domain';
import type { TemplateDay } from '../problem/split-templates.js';

export interface CandidateOptions {
  allowed: readonly Exercise[];
  familiarity: (exerciseId: string) => number;
  priorityExercises: ReadonlySet<string>;
  targets: Readonly<Record<MuscleGroupId, { target: number }>>;
  perMuscle?: number;
  maxPerDay?: number;
}

const PROGRAMMABLE = new Set(['strength', 'powerlifting']);

/** How attractive an exercise is for a muscle before the solver weighs the whole week. */
export function candidateScore(e: Exercise, muscle: MuscleGroupId, o: CandidateOptions): number {
  const share = e.targets.find((t) => t.muscle === muscle)?.share ?? 0;
  return share + 1.2 * o.familiarity(e.id) + (e.mechanic === 'compound' ? 0.5 : 0) + (o.priorityExercises.has(e.id) ? 3 : 0)
    + (e.level === 'expert' ? -0.3 : 0) + (e.source === 'liftgraph' ? 0.1 : 0);
}

/**
 * Candidates of one day: for each focus muscle with a target, the best few exercises that train it as
 * primary and whose primary muscles all belong to the day, plus the priority exercises that fit the
 * day. Pruning keeps the MIP small (tens of binaries per day) so it solves in milliseconds.
 */
export function dayCandidates(day: TemplateDay, o: CandidateOptions): Exercise[] {
  const focus = new Set<MuscleGroupId>(day.focus);
  const fits = (e: Exercise): boolean => PROGRAMMABLE.has(e.category) && e.targets.some((t) => t.role === 'primary')
    && e.targets.every((t) => t.role !== 'primary' || focus.has(t.muscle));
  const pool = o.allowed.filter(fits);
  const picked = new Map<string, Exercise>();
  for (const e of pool) if (o.priorityExercises.has(e.id)) picked.set(e.id, e);
  const perMuscle = o.perMuscle ?? 3;
  for (const m of day.focus) {
    if (o.targets[m].target <= 0) continue;
    const ranked = pool
      .filter((e) => e.targets.some((t) => t.muscle === m && t.role === 'primary'))
      .map((e) => ({ e, s: candidateScore(e, m, o) }))
      .sort((a, b) => b.s - a.s || a.e.id.localeCompare(b.e.id));
    for (const { e } of ranked.slice(0, perMuscle)) picked.set(e.id, e);
  }
  return [...picked.values()].slice(0, o.maxPerDay ?? 24);
}
