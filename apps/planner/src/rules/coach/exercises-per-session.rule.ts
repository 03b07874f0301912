import { MAX_EXERCISES_PER_SESSION, MIN_EXERCISES_PER_SESSION } from '../../program/refusals.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'exercises-per-session';

/** docs/programming.md §Session size: 3–8 exercises in every session (weight: exercises short or over). */
export const exercisesPerSession: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: `${MIN_EXERCISES_PER_SESSION}–${MAX_EXERCISES_PER_SESSION} exercises per session`,
  evaluate(plan) {
    const out: Violation[] = [];
    for (const week of plan.weeks)
      for (const day of week.days) {
        const n = day.prescriptions.length;
        const off = n < MIN_EXERCISES_PER_SESSION ? MIN_EXERCISES_PER_SESSION - n : Math.max(0, n - MAX_EXERCISES_PER_SESSION);
        if (off > 0) out.push({ ruleId: ID, weight: off, detail: `week ${week.index + 1} ${day.label}: ${n} exercises` });
      }
    return out;
  },
};
