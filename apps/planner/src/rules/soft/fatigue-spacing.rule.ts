import type { Rule, Violation } from '../rule.js';

const ID = 'fatigue-spacing';

/** Back-to-back exercises sharing a primary muscle (first week): weight = shared primary muscles. */
export const fatigueSpacing: Rule = {
  id: ID,
  severity: 'soft',
  penalty: 0.5,
  description: 'exercises sharing muscles are spaced apart inside a session',
  evaluate(plan) {
    const out: Violation[] = [];
    for (const day of plan.weeks[0]?.days ?? []) {
      for (let i = 1; i < day.prescriptions.length; i++) {
        const a = day.prescriptions[i - 1];
        const b = day.prescriptions[i];
        if (!a || !b) continue;
        const shared = a.primaryMuscles.filter((m) => b.primaryMuscles.includes(m));
        if (shared.length > 0)
          out.push({
            ruleId: ID,
            weight: shared.length,
            detail: `${day.label}: ${a.exerciseId} then ${b.exerciseId} share ${shared.join(', ')}`,
          });
      }
    }
    return out;
  },
};
