import { DomainError } from '../errors.js';
import { fmt, fmtKg } from './exercise-history.js';
import type { OverloadParams } from './overload-defaults.js';
import type { OverloadDecision, OverloadRule } from './overload-types.js';
import { ruleDecision } from './rule-decision.js';

const ID = 'fatigue-study-rule';

/**
 * The study's rule, exactly, on a 0–10 fatigue score (applies only when `context.fatigue` is set):
 * - fatigue < 7 → weight × (1 + 2.5 %);
 * - fatigue > 9 → rest + 10 s, up to the rest cap (300 s); once rest is at the cap, reps − 1
 *   (never below `minReps`; at the floor, hold);
 * - 7 ≤ fatigue ≤ 9 → hold.
 * Thresholds, step sizes and the cap live in OVERLOAD_DEFAULTS.fatigueStudy.
 */
export const fatigueStudyRule: OverloadRule<OverloadParams> = {
  id: ID,
  description: 'fatigue < 7 → +2.5 % load; fatigue > 9 → +10 s rest, or −1 rep once rest is capped; else hold',
  evaluate(_history, { fatigue, current, explain = true }, params): OverloadDecision | null {
    if (fatigue == null) return null;
    if (!Number.isFinite(fatigue) || fatigue < 0 || fatigue > 10) {
      throw new DomainError('INVALID_ARGUMENT', `fatigue must be a number in [0, 10], got ${fatigue}`);
    }
    const p = params.fatigueStudy;
    if (fatigue < p.increaseBelow) {
      const weightKg = (current.weightKg * (100 + p.loadIncreasePct)) / 100;
      const reason = explain
        ? `+${p.loadIncreasePct} % load (${fmtKg(current.weightKg)} → ${fmtKg(weightKg)}): fatigue ${fmt(fatigue)} < ${p.increaseBelow}`
        : '';
      return ruleDecision(ID, 'increase-load', current, reason, { weightKg });
    }
    if (fatigue <= p.relieveAbove) {
      return ruleDecision(ID, 'hold', current, explain ? `hold: fatigue ${fmt(fatigue)} in [${p.increaseBelow}, ${p.relieveAbove}]` : '');
    }
    if (current.restSec < p.maxRestSec) {
      const restSec = Math.min(current.restSec + p.restIncrementSec, p.maxRestSec);
      const reason = explain ? `+${restSec - current.restSec} s rest (${restSec} s): fatigue ${fmt(fatigue)} > ${p.relieveAbove}` : '';
      return ruleDecision(ID, 'increase-rest', current, reason, { restSec });
    }
    if (current.reps > p.minReps) {
      const reason = explain
        ? `−1 rep (${current.reps - 1}): fatigue ${fmt(fatigue)} > ${p.relieveAbove} and rest capped at ${p.maxRestSec} s`
        : '';
      return ruleDecision(ID, 'decrease-reps', current, reason, { reps: current.reps - 1 });
    }
    const reason = explain
      ? `hold: fatigue ${fmt(fatigue)} > ${p.relieveAbove} but rest capped at ${p.maxRestSec} s and reps at ${p.minReps}`
      : '';
    return ruleDecision(ID, 'hold', current, reason);
  },
};
