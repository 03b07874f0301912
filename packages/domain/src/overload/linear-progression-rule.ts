import { consecutiveMisses, fmtKg, lastSession } from './exercise-history.js';
import type { OverloadParams } from './overload-defaults.js';
import type { OverloadRule } from './overload-types.js';
import { ruleDecision } from './rule-decision.js';

const ID = 'linear-progression';

/**
 * Linear progression (docs/science.md §Progression, [SECONDARY]): after a session where every set reached its
 * target reps, add a fixed increment (+2.5 kg upper body, +5 kg lower body). After a miss, repeat
 * the load; after `resetAfterMisses` missed sessions in a row, reset the load by −10 %.
 * Always applicable, so it is the last rule of the default chain.
 */
export const linearProgressionRule: OverloadRule<OverloadParams> = {
  id: ID,
  description: 'fixed increment per successful session; repeat on a miss; −10 % after repeated misses',
  evaluate(history, context, params) {
    const { current, explain = true } = context;
    const p = params.linear;
    if (!lastSession(history)) return ruleDecision(ID, 'hold', current, explain ? 'hold: no earlier session of this exercise' : '');
    const misses = consecutiveMisses(history);
    if (misses === 0) {
      const stepKg = p.incrementKg[context.region ?? 'upper'];
      const reason = explain ? `+${fmtKg(stepKg)}: every set reached its target reps` : '';
      return ruleDecision(ID, 'increase-load', current, reason, { weightKg: current.weightKg + stepKg });
    }
    if (misses >= p.resetAfterMisses) {
      const weightKg = (current.weightKg * (100 - p.resetPct)) / 100;
      const reason = explain ? `reset −${p.resetPct} % (${fmtKg(weightKg)}): ${misses} missed sessions in a row` : '';
      return ruleDecision(ID, 'decrease-load', current, reason, { weightKg });
    }
    const reason = explain
      ? `repeat ${fmtKg(current.weightKg)}: missed target reps (${misses} of ${p.resetAfterMisses} before a reset)`
      : '';
    return ruleDecision(ID, 'hold', current, reason);
  },
};
