import { COVERAGE_PATTERN_IDS, COVERAGE_PATTERN_NAMES, coveragePatternOf } from '../../problem/movement-patterns.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'pattern-coverage';

/**
 * docs/programming.md §Pattern coverage: every non-deload week holds a knee-dominant lift, a hinge, a
 * horizontal and a vertical push, a horizontal and a vertical pull — each pattern the allowed exercises
 * (equipment and exclusions applied) offer any multi-joint exercise of. One violation per missing
 * pattern per week.
 */
export const patternCoverage: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'every non-deload week covers squat/lunge, hinge, horizontal and vertical push and pull where the equipment allows',
  evaluate(plan, ctx) {
    const possible = new Set(ctx.allowed.map((e) => coveragePatternOf(e)).filter((p) => p !== null));
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      if (week.deload) continue;
      const covered = new Set(
        week.days.flatMap((d) => d.prescriptions.map((rx) => ctx.exercise(rx.exerciseId))).map((e) => (e ? coveragePatternOf(e) : null)),
      );
      for (const pattern of COVERAGE_PATTERN_IDS) {
        if (possible.has(pattern) && !covered.has(pattern))
          out.push({ ruleId: ID, weight: 1, detail: `week ${week.index + 1}: no ${COVERAGE_PATTERN_NAMES[pattern]} (${pattern})` });
      }
    }
    return out;
  },
};
