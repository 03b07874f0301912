import { repBoundsFor } from '../../prescriptions/goal-scheme.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'plausible-reps';

/**
 * docs/programming.md §Plausible reps: every prescription's reps lie inside the exercise's plausible
 * range for the athlete's level (pattern bounds — hinges 3–8, lunges 5–15, trunk and calves 8–20 — and
 * exercise bounds for lifts hard at body weight: Nordic curls 2–5 for a novice, pull-ups 3–8).
 */
export const plausibleReps: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'reps plausible for the exercise and the athlete’s level',
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    for (const week of plan.weeks)
      for (const day of week.days)
        for (const rx of day.prescriptions) {
          const e = ctx.exercise(rx.exerciseId);
          if (!e) continue;
          const [lo, hi] = repBoundsFor(e, ctx.level);
          if (rx.reps >= lo && rx.reps <= hi) continue;
          out.push({
            ruleId: ID,
            weight: 1,
            detail: `week ${week.index + 1} ${day.label}: ${rx.exerciseName} ${rx.sets}×${rx.reps} outside ${lo}–${hi} for a ${ctx.level} lifter`,
          });
        }
    return out;
  },
};
