import { GOAL_RULES, hypertrophyRepRange } from '../../prescriptions/goal-scheme.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'goal-rep-scheme';

/**
 * docs/programming.md §Goals. Strength: each session's main lift (its first exercise) is 1–6 reps at
 * RPE 7–9 (deload weeks: lighter) with 3–5 min rest and, outside deload weeks, ≥ 3 working sets. Hypertrophy: every
 * prescription is 6–15 reps (trunk and calves to 20; inside the exercise's plausible bounds). One
 * violation per prescription off its goal.
 */
export const goalRepScheme: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'strength main lifts 1–6 reps, RPE 7–9, 3–5 min rest, ≥ 3 sets; hypertrophy 6–15 reps',
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    const goal = ctx.request.goal;
    for (const week of plan.weeks)
      for (const day of week.days) {
        const where = `week ${week.index + 1} ${day.label}`;
        if (goal === 'strength') {
          const main = day.prescriptions[0];
          if (!main) continue;
          const r = GOAL_RULES.strength;
          const problems = [
            main.reps < r.mainReps[0] || main.reps > r.mainReps[1] ? `${main.reps} reps` : '',
            !week.deload && (main.targetRpe < r.mainRpe[0] || main.targetRpe > r.mainRpe[1]) ? `RPE ${main.targetRpe}` : '',
            main.restSec < r.mainRestSec[0] || main.restSec > r.mainRestSec[1] ? `${main.restSec} s rest` : '',
            !week.deload && main.sets < r.mainMinSets ? `${main.sets} sets` : '',
          ].filter((p) => p !== '');
          if (problems.length > 0)
            out.push({ ruleId: ID, weight: 1, detail: `${where}: strength main lift ${main.exerciseName} at ${problems.join(', ')}` });
        } else if (goal === 'hypertrophy') {
          for (const rx of day.prescriptions) {
            const e = ctx.exercise(rx.exerciseId);
            if (!e) continue;
            const [lo, hi] = hypertrophyRepRange(e, ctx.level);
            if (rx.reps < lo || rx.reps > hi)
              out.push({ ruleId: ID, weight: 1, detail: `${where}: ${rx.exerciseName} ${rx.reps} reps outside ${lo}–${hi}` });
          }
        }
      }
    return out;
  },
};
