import { sessionMinutes } from '../plan-metrics.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'session-time-cap';

/** Estimated session length (sets × (work + rest) + setup + warm-up) ≤ the request's cap. Weight: minutes over, rounded up. */
export const sessionTimeCap: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'every session fits the time cap',
  evaluate(plan, ctx) {
    const cap = ctx.request.sessionTimeCapMin;
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      for (const day of week.days) {
        const min = sessionMinutes(day, (id) => ctx.exercise(id));
        if (min > cap + 1e-9)
          out.push({
            ruleId: ID,
            weight: Math.ceil(min - cap),
            detail: `week ${week.index + 1} ${day.label}: ${min.toFixed(1)} min > cap ${cap} min`,
          });
      }
    }
    return out;
  },
};
