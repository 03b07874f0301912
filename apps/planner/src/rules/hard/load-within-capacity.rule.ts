import { LOAD_GUARD, prescriptionE1RmKg } from '../../prescriptions/load-guard.js';
import type { Rule, Violation } from '../rule.js';

const ID = 'load-within-capacity';

/**
 * The load guard (docs/science.md §Capacity, §Load guard): no prescription's implied e1RM —
 * Epley on its reps plus the RIR its target RPE means — exceeds the athlete's capacity estimate on that
 * exercise by more than LOAD_GUARD.marginPct. Body-weight prescriptions and exercises without an
 * estimate are not checked here (first exposures start from a conservative guess). Weight: the excess
 * in percent of the capacity, per prescription.
 */
export const loadWithinCapacity: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: `no prescription implies an e1RM more than ${LOAD_GUARD.marginPct} % above what the athlete has shown`,
  evaluate(plan, ctx) {
    const out: Violation[] = [];
    for (const week of plan.weeks) {
      for (const day of week.days) {
        for (const rx of day.prescriptions) {
          if (rx.bodyweight) continue;
          const capacity = ctx.capacity(rx.exerciseId);
          const implied = prescriptionE1RmKg(rx);
          if (capacity === null || implied === null) continue;
          const limit = capacity.e1RmKg * (1 + LOAD_GUARD.marginPct / 100);
          if (implied <= limit + 1e-6) continue;
          const overPct = (100 * (implied - limit)) / capacity.e1RmKg;
          out.push({
            ruleId: ID,
            weight: Math.round(overPct * 100) / 100,
            detail: `week ${week.index + 1} ${day.label}: ${rx.exerciseName} ${rx.sets}×${rx.reps} @ ${rx.loadKg} kg RPE ${rx.targetRpe} implies e1RM ${implied.toFixed(1)} kg > ${limit.toFixed(1)} kg (capacity ${capacity.e1RmKg.toFixed(1)} + ${LOAD_GUARD.marginPct} %)`,
          });
        }
      }
    }
    return out;
  },
};
