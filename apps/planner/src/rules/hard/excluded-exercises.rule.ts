import type { Rule, Violation } from '../rule.js';

const ID = 'excluded-exercises';

/** No excluded exercise id appears anywhere in the program. */
export const excludedExercises: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'excluded exercises are never prescribed',
  evaluate(plan, ctx) {
    const excluded = new Set(ctx.request.excludedExerciseIds);
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      for (const day of week.days) {
        for (const rx of day.prescriptions) {
          if (excluded.has(rx.exerciseId))
            out.push({ ruleId: ID, weight: 1, detail: `week ${week.index + 1} ${day.label}: ${rx.exerciseId} is excluded` });
        }
      }
    }
    return out;
  },
};
