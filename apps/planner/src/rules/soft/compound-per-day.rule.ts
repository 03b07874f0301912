import type { Rule, Violation } from '../rule.js';

const ID = 'compound-per-day';

/** Each non-empty session of the first week has at least one compound lift. */
export const compoundPerDay: Rule = {
  id: ID,
  severity: 'soft',
  penalty: 10,
  description: 'every session has at least one compound lift',
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    for (const day of plan.weeks[0]?.days ?? []) {
      if (day.prescriptions.length === 0) continue;
      if (!day.prescriptions.some((rx) => ctx.exercise(rx.exerciseId)?.mechanic === 'compound')) {
        out.push({ ruleId: ID, weight: 1, detail: `${day.label}: no compound lift` });
      }
    }
    return out;
  },
};
