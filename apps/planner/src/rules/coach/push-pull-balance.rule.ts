import { PUSH_PULL_RATIO, upperBodySide } from '../../problem/movement-patterns.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'push-pull-balance';

/**
 * docs/programming.md §Push:pull balance: in every non-deload week the working sets of upper-body
 * pushes (horizontal and vertical presses, flies) and pulls (rows, pulldowns, pull-ups, face pulls) are
 * within 2:3 and 3:2 of each other. Weeks with neither are not judged here (pattern-coverage is).
 */
export const pushPullBalance: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'weekly push:pull working sets between 2:3 and 3:2',
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      if (week.deload) continue;
      let push = 0;
      let pull = 0;
      for (const day of week.days)
        for (const rx of day.prescriptions) {
          const e = ctx.exercise(rx.exerciseId);
          const side = e ? upperBodySide(e) : null;
          if (side === 'push') push += rx.sets;
          else if (side === 'pull') pull += rx.sets;
        }
      if (push === 0 && pull === 0) continue;
      const ratio = pull === 0 ? Infinity : push / pull;
      if (ratio >= PUSH_PULL_RATIO.min - 1e-9 && ratio <= PUSH_PULL_RATIO.max + 1e-9) continue;
      out.push({ ruleId: ID, weight: 1, detail: `week ${week.index + 1}: ${push} push sets vs ${pull} pull sets` });
    }
    return out;
  },
};
