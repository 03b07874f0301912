import type { Rule, Violation } from '../rule.js';

const ID = 'priorities-first';

/** Priority exercises come first in their session: one violation per non-priority exercise placed before one. */
export const prioritiesFirst: Rule = {
  id: ID,
  severity: 'soft',
  penalty: 2,
  description: 'priority exercises first, while the lifter is fresh (docs/science.md §Exercise order)',
  evaluate(plan, ctx) {
    const priority = new Set(ctx.request.priorities.exercises);
    if (priority.size === 0) return [];
    const out: Violation[] = [];
    for (const day of plan.weeks[0]?.days ?? []) {
      day.prescriptions.forEach((rx, i) => {
        if (!priority.has(rx.exerciseId)) return;
        const before = day.prescriptions.slice(0, i).filter((r) => !priority.has(r.exerciseId)).length;
        if (before > 0)
          out.push({ ruleId: ID, weight: before, detail: `${day.label}: priority ${rx.exerciseId} after ${before} other exercise(s)` });
      });
    }
    return out;
  },
};
