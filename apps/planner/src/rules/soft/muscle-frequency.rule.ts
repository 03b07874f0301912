import { primaryMusclesOf } from '../plan-metrics.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'muscle-frequency';
const MAJOR = ['chest', 'lats', 'quadriceps', 'hamstrings', 'shoulders'] as const;

/**
 * Major muscles trained as primary at least twice a week (Schoenfeld 2016, docs/science.md §Dose-response)
 * when the split has ≥ 5 days.
 */
export const muscleFrequency: Rule = {
  id: ID,
  severity: 'soft',
  penalty: 1,
  description: 'major muscles trained ≥ 2×/week on 5- and 6-day splits',
  evaluate(plan, ctx) {
    if (plan.daysPerWeek < 5) return [];
    const week = plan.weeks[0];
    if (!week) return [];
    const out: Violation[] = [];
    for (const m of MAJOR) {
      if (ctx.request.excludedMuscles.includes(m)) continue;
      const n = week.days.filter((d) => primaryMusclesOf(d).has(m)).length;
      if (n < 2) out.push({ ruleId: ID, weight: 2 - n, detail: `${m}: trained ${n}×/week` });
    }
    return out;
  },
};
