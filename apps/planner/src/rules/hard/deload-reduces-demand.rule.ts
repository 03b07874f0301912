import { BLOCK_PROGRESSION } from '../../prescriptions/block-progression.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'deload-reduces-demand';

/** A deload slot must be at most this share of the hard week before it in load, or in sets (docs/science.md §Deloads). */
export const DELOAD_LIMITS = { loadFactor: 0.9, setFactor: 0.6 } as const;

/**
 * Deloads that deload: every prescription of a deload week that follows a hard week has a load ≤ 0.9×
 * that week's for the same slot (same exercise at the same place of the same day), or ≤ 0.6× its sets —
 * never the same work with a new RPE label. Checks the planner's own BLOCK_PROGRESSION, which does
 * both (sets × 0.5, load × 0.9). One violation per offending slot.
 */
export const deloadReducesDemand: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: `deload weeks cut load to ≤ ${DELOAD_LIMITS.loadFactor}× or sets to ≤ ${DELOAD_LIMITS.setFactor}× of the hard week before (planned: sets × ${BLOCK_PROGRESSION.deloadSetFactor}, load × ${BLOCK_PROGRESSION.deloadLoadFactor})`,
  evaluate(plan) {
    const out: Violation[] = [];
    plan.weeks.forEach((week, w) => {
      const before = plan.weeks[w - 1];
      if (!week.deload || !before || before.deload) return;
      for (const day of week.days) {
        const hardDay = before.days.find((d) => d.index === day.index);
        day.prescriptions.forEach((rx, i) => {
          const hard = hardDay?.prescriptions[i];
          if (!hard || hard.exerciseId !== rx.exerciseId) return;
          const lighter =
            rx.loadKg !== null && hard.loadKg !== null && hard.loadKg > 0 && rx.loadKg <= DELOAD_LIMITS.loadFactor * hard.loadKg + 1e-9;
          const fewer = rx.sets <= DELOAD_LIMITS.setFactor * hard.sets + 1e-9;
          if (lighter || fewer) return;
          out.push({
            ruleId: ID,
            weight: 1,
            detail: `week ${week.index + 1} ${day.label}: deload ${rx.exerciseName} ${rx.sets}×${rx.reps} @ ${rx.loadKg ?? 'body weight'} kg vs ${hard.sets}×${hard.reps} @ ${hard.loadKg ?? 'body weight'} kg the week before`,
          });
        });
      }
    });
    return out;
  },
};
