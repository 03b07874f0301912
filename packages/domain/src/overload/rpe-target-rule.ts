import { percentOfOneRepMax, RPE_MAX, RPE_MIN } from '../science/rpe-table.js';
import { SCIENCE_CHOICES } from '../science/science-choices.js';
import { fmt, lastSession, setRpe } from './exercise-history.js';
import type { OverloadParams } from './overload-defaults.js';
import type { OverloadRule } from './overload-types.js';
import { ruleDecision } from './rule-decision.js';

const ID = 'rpe-target-autoregulation';
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * RPE-target autoregulation (Helms et al. 2018; RTS chart, docs/science.md §RTS table and §Progression), applies when
 * `context.targetRpe` is set and the last session's last set with a logged RPE/RIR exists:
 *   weight' = weight × pct(r, RPE_target) / pct(r, RPE_reported)
 * with r that set's reps (clamped to 1–12) and both RPEs clamped to the chart's [6, 10]. About 3 %
 * per RPE point at 5 reps (81.1 → 83.7 %), 2–4 % across the chart. Within ±0.5 RPE → hold; the change is
 * capped at ±10 % per session (OVERLOAD_DEFAULTS.rpeTarget).
 */
export const rpeTargetRule: OverloadRule<OverloadParams> = {
  id: ID,
  description: 'rescale load by the RTS chart so the next session lands on the target RPE',
  evaluate(history, { targetRpe, current, explain = true }, params) {
    if (targetRpe == null) return null;
    const reference = lastSession(history)
      ?.sets.filter((s) => setRpe(s) !== null)
      .at(-1);
    const reported = reference ? setRpe(reference) : null;
    if (!reference || reported === null) return null;
    const p = params.rpeTarget;
    const diff = targetRpe - reported;
    if (Math.abs(diff) <= p.toleranceRpe) {
      return ruleDecision(
        ID,
        'hold',
        current,
        explain ? `hold: RPE ${fmt(reported)} within ±${p.toleranceRpe} of target ${fmt(targetRpe)}` : '',
      );
    }
    const reps = clamp(Math.round(reference.reps), 1, SCIENCE_CHOICES.maxRepsForEstimate);
    const ratio =
      percentOfOneRepMax(reps, clamp(targetRpe, RPE_MIN, RPE_MAX)) / percentOfOneRepMax(reps, clamp(reported, RPE_MIN, RPE_MAX));
    const changePct = clamp((ratio - 1) * 100, -p.maxChangePct, p.maxChangePct);
    const weightKg = current.weightKg * (1 + changePct / 100);
    const direction = diff > 0 ? 'below' : 'above';
    const reason = explain
      ? `${changePct >= 0 ? '+' : '−'}${fmt(Math.abs(changePct))} % load: RPE ${fmt(reported)} ${direction} target ${fmt(targetRpe)} (RTS chart, ${reps} reps)`
      : '';
    return ruleDecision(ID, changePct >= 0 ? 'increase-load' : 'decrease-load', current, reason, { weightKg });
  },
};
