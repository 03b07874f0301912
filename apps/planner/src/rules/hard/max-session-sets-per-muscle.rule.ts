import { sessionSetsByMuscle } from '../plan-metrics.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'max-session-sets-per-muscle';

/** At most ctx.maxSessionSetsPerMuscle (12, docs/science.md §Split templates) weighted sets per muscle in one session. */
export const maxSessionSetsPerMuscle: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'weighted sets per muscle per session ≤ 12',
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      for (const day of week.days) {
        for (const [muscle, sets] of sessionSetsByMuscle(day)) {
          const over = sets - ctx.maxSessionSetsPerMuscle;
          if (over > 1e-9)
            out.push({
              ruleId: ID,
              weight: over,
              detail: `week ${week.index + 1} ${day.label}: ${muscle} ${sets} sets > ${ctx.maxSessionSetsPerMuscle}`,
            });
        }
      }
    }
    return out;
  },
};
