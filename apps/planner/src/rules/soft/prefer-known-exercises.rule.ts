import type { Rule, Violation } from '../rule.js';

const ID = 'prefer-known-exercises';

/** When the athlete has a log, each distinct exercise they never logged costs 1 (new skills, no load history). */
export const preferKnownExercises: Rule = {
  id: ID,
  severity: 'soft',
  penalty: 0.5,
  description: 'prefer exercises the athlete already knows',
  evaluate(plan, ctx) {
    if (ctx.knownExercises.size === 0) return [];
    const ids = new Set(plan.weeks[0]?.days.flatMap((d) => d.prescriptions.map((rx) => rx.exerciseId)) ?? []);
    return [...ids]
      .filter((id) => !ctx.knownExercises.has(id))
      .map((id): Violation => ({ ruleId: ID, weight: 1, detail: `${id}: not in the athlete's log` }));
  },
};
