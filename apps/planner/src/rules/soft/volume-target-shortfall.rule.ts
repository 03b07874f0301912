import { MUSCLE_GROUP_IDS } from '@liftgraph/domain';
import { weeklySetsByMuscle } from '../plan-metrics.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'volume-target-shortfall';

/** Peak (last non-deload) week below the weekly set target of a muscle: weight = missing sets. */
export const volumeTargetShortfall: Rule = {
  id: ID,
  severity: 'soft',
  penalty: 1,
  description: 'the peak week reaches each muscle’s weekly set target',
  evaluate(plan, ctx) {
    const peak = plan.weeks.filter((w) => !w.deload).at(-1);
    if (!peak) return [];
    const sets = weeklySetsByMuscle(peak);
    const out: Violation[] = [];
    for (const m of MUSCLE_GROUP_IDS) {
      const missing = ctx.targets[m].target - (sets.get(m) ?? 0);
      if (missing > 1e-9)
        out.push({ ruleId: ID, weight: missing, detail: `${m}: ${sets.get(m) ?? 0} of ${ctx.targets[m].target} target sets` });
    }
    return out;
  },
};
