import { weeklySetsByMuscle } from '../plan-metrics.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'max-weekly-sets-per-muscle';

// Weekly volume above the athlete's recoverable ceiling (MRV) is never acceptable, whatever the model predicts.
export const maxWeeklySetsPerMuscle: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'weekly hard sets per muscle ≤ MRV',
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      for (const [muscle, sets] of weeklySetsByMuscle(week)) {
        const ceiling = ctx.targets[muscle].ceiling;
        if (sets > ceiling + 1e-9)
          out.push({ ruleId: ID, weight: sets - ceiling, detail: `week ${week.index + 1}: ${muscle} ${sets} sets > ceiling ${ceiling}` });
      }
    }
    return out;
  },
};
