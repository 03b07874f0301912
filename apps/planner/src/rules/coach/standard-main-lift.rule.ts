import { isAcceptableMainLift } from '../../problem/movement-patterns.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'standard-main-lift';

/**
 * docs/programming.md §Main lifts: the first exercise of every session — its main lift — is a standard
 * compound of its pattern for the equipment (STANDARD_MAIN_LIFTS), or the athlete's own logged
 * multi-joint variant when it is not a niche one (decline, deficit, Nordic, Zercher …), or an exercise
 * the request names a priority (the coach asked for it).
 */
export const standardMainLift: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: "each session opens with a standard compound (or the athlete's own logged variant), never a niche variant",
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    for (const week of plan.weeks)
      for (const day of week.days) {
        const main = day.prescriptions[0];
        if (!main) continue;
        const e = ctx.exercise(main.exerciseId);
        if (e && (isAcceptableMainLift(e, ctx.knownExercises) || ctx.request.priorities.exercises.includes(e.id))) continue;
        out.push({
          ruleId: ID,
          weight: 1,
          detail: `week ${week.index + 1} ${day.label}: main lift ${main.exerciseName} is not a standard compound`,
        });
      }
    return out;
  },
};
