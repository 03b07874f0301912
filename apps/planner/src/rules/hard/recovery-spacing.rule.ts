import { weekdaysHoursApart } from '@liftgraph/domain/science';
import { primaryMusclesOf } from '../plan-metrics.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'recovery-spacing';

/**
 * ≥ 48 h (ctx.minRecoveryHours) between two sessions that train the same muscle as primary
 * (docs/science.md §Recovery). Checked inside every week and across the week boundary (Sunday → Monday),
 * since the weekly pattern repeats. One violation per muscle per close pair of sessions.
 */
export const recoverySpacing: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'sessions training a muscle as primary are at least 48 h apart',
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      const days = week.days.filter((d) => d.prescriptions.length > 0);
      for (let a = 0; a < days.length; a++) {
        for (let b = a + 1; b < days.length; b++) {
          const da = days[a];
          const db = days[b];
          if (!da || !db) continue;
          const gap = weekdaysHoursApart(da.dayOfWeek, db.dayOfWeek);
          if (gap >= ctx.minRecoveryHours) continue;
          const shared = [...primaryMusclesOf(da)].filter((m) => primaryMusclesOf(db).has(m));
          for (const m of shared) {
            out.push({
              ruleId: ID,
              weight: 1,
              detail: `week ${week.index + 1}: ${m} primary on ${da.label} and ${db.label}, ${gap} h apart < ${ctx.minRecoveryHours} h`,
            });
          }
        }
      }
    }
    return out;
  },
};
