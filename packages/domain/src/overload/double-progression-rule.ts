import { DomainError } from '../errors.js';
import { allSetsReached, fmtKg, lastSession } from './exercise-history.js';
import type { OverloadParams } from './overload-defaults.js';
import type { OverloadRule } from './overload-types.js';
import { plateIncrementKg } from './round-load.js';
import { ruleDecision } from './rule-decision.js';

const ID = 'double-progression';

/**
 * Double progression (docs/science.md §Progression, [SECONDARY]), applies when `context.repRange` is set:
 * - every set of the last session reached the top of the range → + one load step, reps back to the bottom;
 * - every set reached the prescribed reps → +1 rep (up to the top);
 * - otherwise → hold.
 * The load step is OVERLOAD_DEFAULTS.doubleProgression.incrementKg, or the equipment's plate increment.
 */
export const doubleProgressionRule: OverloadRule<OverloadParams> = {
  id: ID,
  description: 'add reps up to the top of the range on all sets, then add load and return to the bottom',
  evaluate(history, context, params) {
    const { repRange, current, explain = true } = context;
    if (!repRange) return null;
    if (!Number.isInteger(repRange.min) || !Number.isInteger(repRange.max) || repRange.min < 1 || repRange.min > repRange.max) {
      throw new DomainError('INVALID_REPS', `repRange must be integers with 1 ≤ min ≤ max, got [${repRange.min}, ${repRange.max}]`);
    }
    const last = lastSession(history);
    if (!last) return ruleDecision(ID, 'hold', current, explain ? 'hold: no earlier session of this exercise' : '');
    if (allSetsReached(last, repRange.max)) {
      const stepKg = params.doubleProgression.incrementKg ?? plateIncrementKg(context.equipment, params);
      const reason = explain ? `+${fmtKg(stepKg)}, reps back to ${repRange.min}: all ${last.sets.length} sets reached ${repRange.max}` : '';
      return ruleDecision(ID, 'increase-load', current, reason, { weightKg: current.weightKg + stepKg, reps: repRange.min });
    }
    if (allSetsReached(last, current.reps) && current.reps < repRange.max) {
      return ruleDecision(ID, 'increase-reps', current, explain ? `+1 rep (${current.reps + 1}): all sets reached ${current.reps}` : '', {
        reps: current.reps + 1,
      });
    }
    return ruleDecision(ID, 'hold', current, explain ? `hold: not every set reached ${current.reps} reps` : '');
  },
};
