import type { Rule, Violation } from '../rule.js';

const ID = 'equipment-available';

/** Every prescribed exercise uses equipment the athlete has (unknown exercises count as violations too). */
export const equipmentAvailable: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'only exercises whose equipment is available',
  evaluate(plan, ctx) {
    const allowed = new Set<string>(ctx.request.equipment);
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      for (const day of week.days) {
        for (const rx of day.prescriptions) {
          const e = ctx.exercise(rx.exerciseId);
          if (!e) out.push({ ruleId: ID, weight: 1, detail: `${rx.exerciseId}: not in the catalog` });
          else if (!allowed.has(e.equipment))
            out.push({ ruleId: ID, weight: 1, detail: `week ${week.index + 1} ${day.label}: ${e.id} needs ${e.equipment}` });
        }
      }
    }
    return out;
  },
};
