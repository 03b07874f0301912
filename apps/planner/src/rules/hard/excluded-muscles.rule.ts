import type { Rule, Violation } from '../rule.js';

const ID = 'excluded-muscles';

/** No exercise targets an excluded (e.g. injured) muscle, as primary or secondary. */
export const excludedMuscles: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'excluded muscles are not trained, not even as secondary targets',
  evaluate(plan, ctx) {
    const excluded = new Set<string>(ctx.request.excludedMuscles);
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      for (const day of week.days) {
        for (const rx of day.prescriptions) {
          const hit = [...rx.primaryMuscles, ...rx.secondaryMuscles].filter((m) => excluded.has(m));
          if (hit.length > 0)
            out.push({
              ruleId: ID,
              weight: hit.length,
              detail: `week ${week.index + 1} ${day.label}: ${rx.exerciseId} trains excluded ${hit.join(', ')}`,
            });
        }
      }
    }
    return out;
  },
};
