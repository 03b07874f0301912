import { consecutiveMisses, fmtKg, lastSession } from './exercise-history.js';
import type { OverloadParams } from './overload-defaults.js';
import type { OverloadRule } from './overload-types.js';

const ID = 'linear-progression';

/**
 * Linear progression (SCIENCE.md §7, [SECONDARY]): after a session where every set reached its
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
    const base = { ruleId: ID, weightKg: current.weightKg, reps: current.reps, restSec: current.restSec };
    if (!lastSession(history)) return { ...base, action: 'hold', reason: explain ? 'hold: no earlier session of this exercise' : '' };
    const misses = consecutiveMisses(history);
    if (misses === 0) {
      const stepKg = p.incrementKg[context.region ?? 'upper'];
      return { ...base, action: 'increase-load', weightKg: current.weightKg + stepKg, reason: explain ? `+${fmtKg(stepKg)}: every set reached its target reps` : '' };
    }
    if (misses >= p.resetAfterMisses) {
      const weightKg = (current.weightKg * (100 - p.resetPct)) / 100;
      return {
        ...base,
        action: 'decrease-load',
        weightKg,
        reason: explain ? `reset −${p.resetPct} % (${fmtKg(weightKg)}): ${misses} missed sessions in a row` : '',
      };
    }
    return { ...base, action: 'hold', reason: explain ? `repeat ${fmtKg(current.weightKg)}: missed target reps (${misses} of ${p.resetAfterMisses} before a reset)` : '' };
  },
};
