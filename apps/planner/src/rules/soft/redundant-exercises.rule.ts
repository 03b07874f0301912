import { similarity } from '@liftgraph/domain';
import type { Rule, Violation } from '../rule.js';

const ID = 'redundant-exercises';
/** SIMILAR_TO score above which two exercises in one session are redundant. */
export const REDUNDANCY_THRESHOLD = 0.6;

/** Two exercises of one session with similarity ≥ 0.6 (first week): weight = the similarity score. */
export const redundantExercises: Rule = {
  id: ID,
  severity: 'soft',
  penalty: 5,
  description: 'no near-duplicate exercises in one session (SIMILAR_TO)',
  evaluate(plan, ctx) {
    const week = plan.weeks[0];
    const out: Violation[] = [];
    for (const day of week?.days ?? []) {
      const ex = day.prescriptions.map((rx) => ctx.exercise(rx.exerciseId)).filter((e) => e !== undefined);
      for (let i = 0; i < ex.length; i++) {
        for (let j = i + 1; j < ex.length; j++) {
          const a = ex[i];
          const b = ex[j];
          if (!a || !b) continue;
          const s = similarity(a, b).score;
          if (s >= REDUNDANCY_THRESHOLD)
            out.push({ ruleId: ID, weight: Math.round(s * 100) / 100, detail: `${day.label}: ${a.id} ~ ${b.id} (${s.toFixed(2)})` });
        }
      }
    }
    return out;
  },
};
