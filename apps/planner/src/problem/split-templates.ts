import { type MuscleGroupId, weekdaysHoursApart } from '@liftgraph/domain';
import type { PlanRequest } from '@liftgraph/domain/program';

/** One training day of a split: when, what it is called, and which muscles it may train as primary. */
export interface TemplateDay {
  /** 1 = Monday … 7 = Sunday. */
  dayOfWeek: number;
  label: string;
  focus: readonly MuscleGroupId[];
  /** Index of an earlier day this one repeats (PPL×2's B days): same selection, undulated reps. */
  mirrorOf?: number;
}

export interface SplitTemplate {
  id: string;
  name: string;
  days: readonly TemplateDay[];
}

const PUSH: readonly MuscleGroupId[] = ['chest', 'shoulders', 'triceps'];
const PULL: readonly MuscleGroupId[] = ['lats', 'middle back', 'biceps', 'traps', 'forearms'];
const LEGS: readonly MuscleGroupId[] = [
  'quadriceps',
  'hamstrings',
  'glutes',
  'calves',
  'abdominals',
  'adductors',
  'abductors',
  'lower back',
];
const UPPER: readonly MuscleGroupId[] = [...PUSH, ...PULL];
const FULL: readonly MuscleGroupId[] = [...UPPER, ...LEGS];

/**
 * Split templates (docs/science.md §Split templates, coaching conventions). Weekday placement keeps the same day type
 * ≥ 48 h apart where the split allows; the solver enforces the 48 h rule per muscle anyway.
 * - 3-day full body A/B/C Mon/Wed/Fri (3×/week per muscle) or PPL Mon/Wed/Fri (1×).
 * - 5-day upper/lower + push/pull/legs: U Mon, L Tue, Push Thu, Pull Fri, Legs Sat (2×).
 * - 6-day PPL × 2: Mon–Sat (2×), Sunday off; the B days repeat the A days' exercises (classic PPL×2,
 *   reps undulate between the two sessions) — full body A/B/C and the 5-day Lower/Legs stay distinct.
 */
export const PLANNER_TEMPLATES = {
  'full-body-3': {
    id: 'full-body-3',
    name: 'Full body A/B/C',
    days: [
      { dayOfWeek: 1, label: 'Full Body A', focus: FULL },
      { dayOfWeek: 3, label: 'Full Body B', focus: FULL },
      { dayOfWeek: 5, label: 'Full Body C', focus: FULL },
    ],
  },
  'ppl-3': {
    id: 'ppl-3',
    name: 'Push/Pull/Legs',
    days: [
      { dayOfWeek: 1, label: 'Push', focus: PUSH },
      { dayOfWeek: 3, label: 'Pull', focus: [...PULL, 'lower back'] },
      { dayOfWeek: 5, label: 'Legs', focus: LEGS },
    ],
  },
  'upper-lower-ppl-5': {
    id: 'upper-lower-ppl-5',
    name: 'Upper/Lower + Push/Pull/Legs',
    days: [
      { dayOfWeek: 1, label: 'Upper', focus: UPPER },
      { dayOfWeek: 2, label: 'Lower', focus: LEGS },
      { dayOfWeek: 4, label: 'Push', focus: PUSH },
      { dayOfWeek: 5, label: 'Pull', focus: PULL },
      { dayOfWeek: 6, label: 'Legs', focus: LEGS },
    ],
  },
  'ppl-6': {
    id: 'ppl-6',
    name: 'Push/Pull/Legs × 2',
    days: [
      { dayOfWeek: 1, label: 'Push A', focus: PUSH },
      { dayOfWeek: 2, label: 'Pull A', focus: PULL },
      { dayOfWeek: 3, label: 'Legs A', focus: LEGS },
      { dayOfWeek: 4, label: 'Push B', focus: PUSH, mirrorOf: 0 },
      { dayOfWeek: 5, label: 'Pull B', focus: PULL, mirrorOf: 1 },
      // Legs B is chosen on its own: repeating Legs A would put the heavy hinge twice in the week (docs/programming.md §Pattern coverage).
      { dayOfWeek: 6, label: 'Legs B', focus: LEGS },
    ],
  },
} as const satisfies Record<string, SplitTemplate>;

export type PlannerTemplateId = keyof typeof PLANNER_TEMPLATES;

export function templateFor(request: Pick<PlanRequest, 'daysPerWeek' | 'threeDaySplit'>): SplitTemplate {
  if (request.daysPerWeek === 3) return PLANNER_TEMPLATES[request.threeDaySplit === 'push-pull-legs' ? 'ppl-3' : 'full-body-3'];
  return request.daysPerWeek === 5 ? PLANNER_TEMPLATES['upper-lower-ppl-5'] : PLANNER_TEMPLATES['ppl-6'];
}

/** Pairs of template day indices closer than `minHours` (including Sunday → Monday across weeks). */
export function closeDayPairs(days: readonly Pick<TemplateDay, 'dayOfWeek'>[], minHours: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < days.length; a++) {
    for (let b = a + 1; b < days.length; b++) {
      const da = days[a]?.dayOfWeek ?? 0;
      const db = days[b]?.dayOfWeek ?? 0;
      if (weekdaysHoursApart(da, db) < minHours) pairs.push([a, b]);
    }
  }
  return pairs;
}
