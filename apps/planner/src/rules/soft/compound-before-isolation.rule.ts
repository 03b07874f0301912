import type { Rule, Violation } from '../rule.js';

const ID = 'compound-before-isolation';

/**
 * ACSM 2009 order (docs/science.md §Exercise order): one violation per isolation exercise placed before a
 * compound (priorities exempt).
 */
export const compoundBeforeIsolation: Rule = {
  id: ID,
  severity: 'soft',
  penalty: 2,
  description: 'multi-joint before single-joint exercises',
  evaluate(plan, ctx) {
    const priority = new Set(ctx.request.priorities.exercises);
    const out: Violation[] = [];
    for (const day of plan.weeks[0]?.days ?? []) {
      const list = day.prescriptions.filter((rx) => !priority.has(rx.exerciseId));
      list.forEach((rx, i) => {
        if (ctx.exercise(rx.exerciseId)?.mechanic !== 'isolation') return;
        const later = list.slice(i + 1).filter((r) => ctx.exercise(r.exerciseId)?.mechanic === 'compound').length;
        if (later > 0) out.push({ ruleId: ID, weight: later, detail: `${day.label}: ${rx.exerciseId} before ${later} compound lift(s)` });
      });
    }
    return out;
  },
};
