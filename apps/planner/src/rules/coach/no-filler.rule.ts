import { COVERAGE_PATTERN_IDS, coveragePatternOf, isFiller } from '../../problem/movement-patterns.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'no-filler';

/**
 * docs/programming.md §No filler: isolation work only where it serves the goal — never isolation of
 * muscles the main lifts already cover (shrugs, wrist curls, adductor work) unless the request names
 * the muscle a priority, and no isolation at all in a week that misses a movement pattern the
 * equipment allows (the time goes to the pattern first). One violation per offending prescription.
 */
export const noFiller: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: 'isolation accessories only where they serve the goal and every pattern is covered',
  evaluate(plan, ctx) {
    const priorities = new Set<string>(ctx.request.priorities.muscles);
    const possible = new Set(ctx.allowed.map((e) => coveragePatternOf(e)).filter((p) => p !== null));
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      const covered = new Set(
        week.days.flatMap((d) => d.prescriptions.map((rx) => ctx.exercise(rx.exerciseId))).map((e) => (e ? coveragePatternOf(e) : null)),
      );
      const missing = !week.deload && COVERAGE_PATTERN_IDS.some((p) => possible.has(p) && !covered.has(p));
      for (const day of week.days)
        for (const rx of day.prescriptions) {
          const e = ctx.exercise(rx.exerciseId);
          if (!e || e.mechanic === 'compound') continue;
          if (isFiller(e, priorities))
            out.push({
              ruleId: ID,
              weight: 1,
              detail: `week ${week.index + 1} ${day.label}: ${rx.exerciseName} only trains muscles the main lifts cover`,
            });
          else if (missing)
            out.push({
              ruleId: ID,
              weight: 1,
              detail: `week ${week.index + 1} ${day.label}: ${rx.exerciseName} while a movement pattern is missing`,
            });
        }
    }
    return out;
  },
};
