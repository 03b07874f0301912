import type { Exercise } from '@liftgraph/domain';

export interface Orderable {
  exercise: Exercise;
  sets: number;
}

/** Muscles whose exercises are "large" (ACSM: large-muscle exercises first, docs/science.md §Exercise order). */
const LARGE = new Set(['quadriceps', 'hamstrings', 'glutes', 'chest', 'lats', 'middle back', 'lower back']);

function tier(
  e: Exercise,
  priorities: ReadonlySet<string>,
  priorityMuscles: ReadonlySet<string>,
  anchors: ReadonlySet<string>,
  mainLifts: ReadonlySet<string>,
): number {
  // The day's main lift opens it (docs/programming.md §Main lifts): a main lift, then priority compounds, then other anchors.
  if (mainLifts.has(e.id)) return 0;
  if (priorities.has(e.id) && e.mechanic === 'compound') return 0.5;
  if (anchors.has(e.id)) return 0.9;
  if (priorities.has(e.id)) return 1;
  const primaryPriority = e.targets.some((t) => t.role === 'primary' && priorityMuscles.has(t.muscle));
  const large = e.targets.some((t) => t.role === 'primary' && LARGE.has(t.muscle));
  return (e.mechanic === 'compound' ? 1 : 3) + (primaryPriority ? 0 : 1) * 0.5 + (large ? 0 : 0.25);
}

const primaries = (e: Exercise): Set<string> => new Set(e.targets.filter((t) => t.role === 'primary').map((t) => t.muscle));

/**
 * Order inside a session: the main lifts first, then priority compounds and the other anchor lifts, then compounds before isolation (large muscles
 * and priority muscles earlier), and, among the exercises of the best remaining tier, the one sharing
 * the fewest primary muscles with the previous exercise (fatigue-aware spacing); ties by sets, then id.
 */
export function orderDay<T extends Orderable>(
  items: readonly T[],
  priorities: ReadonlySet<string>,
  priorityMuscles: ReadonlySet<string>,
  anchors: ReadonlySet<string> = new Set(),
  mainLifts: ReadonlySet<string> = new Set(),
): T[] {
  const left = [...items];
  const out: T[] = [];
  while (left.length > 0) {
    const best = Math.min(...left.map((i) => Math.floor(tier(i.exercise, priorities, priorityMuscles, anchors, mainLifts))));
    const prev = out.at(-1);
    const prevMuscles = prev ? primaries(prev.exercise) : new Set<string>();
    const pool = left.filter((i) => Math.floor(tier(i.exercise, priorities, priorityMuscles, anchors, mainLifts)) === best);
    pool.sort((a, b) => {
      const overlap = (i: T): number => [...primaries(i.exercise)].filter((m) => prevMuscles.has(m)).length;
      return (
        overlap(a) - overlap(b) ||
        tier(a.exercise, priorities, priorityMuscles, anchors, mainLifts) -
          tier(b.exercise, priorities, priorityMuscles, anchors, mainLifts) ||
        b.sets - a.sets ||
        a.exercise.id.localeCompare(b.exercise.id)
      );
    });
    const next = pool[0];
    if (!next) break;
    out.push(next);
    left.splice(left.indexOf(next), 1);
  }
  return out;
}
