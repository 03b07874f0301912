import type { Rule, Violation } from '../rule.js';

const ID = 'load-notation';

/** "0 kg" as a load, in any rationale or detail a coach reads ("@ 0 kg", "e1RM 0 kg"). */
const ZERO_KG = /(^|[^\d.])0(\.0+)? ?kg/;

/**
 * docs/programming.md §Loads as written: a body-weight exercise says so (`bodyweight`) and carries
 * only added load (`loadKg` null for none, never 0); every other load is above 0; a two-dumbbell
 * exercise states its load per hand (`loadPerHand`), and only such exercises do; no rationale speaks
 * of "0 kg". One violation per prescription.
 */
export const loadNotation: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'body weight as reps (+ added load, never "0 kg"), dumbbell loads per hand',
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    for (const week of plan.weeks)
      for (const day of week.days)
        for (const rx of day.prescriptions) {
          const e = ctx.exercise(rx.exerciseId);
          if (!e) continue;
          const problems = [
            rx.bodyweight !== e.bodyweight ? `bodyweight ${rx.bodyweight}, exercise ${e.bodyweight}` : '',
            rx.loadKg !== null && rx.loadKg <= 0 ? `${rx.loadKg} kg` : '',
            !e.bodyweight && rx.loadKg === null ? 'no load' : '',
            rx.loadPerHand !== (e.loading === 'per-hand') ? `loadPerHand ${rx.loadPerHand} for ${e.loading} loading` : '',
            ZERO_KG.test(rx.rationale) ? 'rationale says 0 kg' : '',
          ].filter((p) => p !== '');
          if (problems.length > 0)
            out.push({ ruleId: ID, weight: 1, detail: `week ${week.index + 1} ${day.label}: ${rx.exerciseName}: ${problems.join(', ')}` });
        }
    return out;
  },
};
