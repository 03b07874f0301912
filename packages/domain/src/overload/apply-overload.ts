import { DomainError } from '../errors.js';
import { scheduledDeloadRule, stallDeloadRule } from './deload-rules.js';
import { doubleProgressionRule } from './double-progression-rule.js';
import { fatigueStudyRule } from './fatigue-study-rule.js';
import { fmtKg } from './exercise-history.js';
import { applyGuardrails } from './guardrails.js';
import { linearProgressionRule } from './linear-progression-rule.js';
import { OVERLOAD_DEFAULTS, type OverloadParams } from './overload-defaults.js';
import type { OverloadContext, OverloadDecision, OverloadHistory, OverloadRule } from './overload-types.js';
import { plateIncrementKg, roundLoadKg } from './round-load.js';
import { rpeTargetRule } from './rpe-target-rule.js';

/**
 * Default chain, first applicable rule wins: deloads first (they override progression), then the
 * study's fatigue rule (when a fatigue score is given), RPE autoregulation (when a target RPE and a
 * logged RPE exist), double progression (when a rep range is given), and linear progression.
 */
export const DEFAULT_OVERLOAD_RULES: readonly OverloadRule<OverloadParams>[] = [
  scheduledDeloadRule,
  stallDeloadRule,
  fatigueStudyRule,
  rpeTargetRule,
  doubleProgressionRule,
  linearProgressionRule,
];

export interface OverloadResult extends OverloadDecision {
  /** The rule's reason, then one line per guardrail and rounding step that changed the result; empty when `context.explain` is false. */
  reasons: string[];
}

function validate(context: OverloadContext): void {
  const { weightKg, reps, restSec, sets } = context.current;
  if (!Number.isFinite(weightKg) || weightKg < 0) {
    throw new DomainError('INVALID_LOAD', `current.weightKg must be a finite number ≥ 0, got ${weightKg}`);
  }
  if (!Number.isInteger(reps) || reps < 1) throw new DomainError('INVALID_REPS', `current.reps must be an integer ≥ 1, got ${reps}`);
  if (!Number.isFinite(restSec) || restSec < 0) {
    throw new DomainError('INVALID_ARGUMENT', `current.restSec must be a finite number ≥ 0, got ${restSec}`);
  }
  if (!Number.isInteger(sets) || sets < 1) throw new DomainError('INVALID_ARGUMENT', `current.sets must be an integer ≥ 1, got ${sets}`);
}

/**
 * Next prescription for one exercise: the first rule of `rules` that applies decides, then
 * `applyGuardrails` clamps increases (weekly +10 % cap, ACWR bands), then the load is rounded to the
 * equipment's plate increment (down when a cap was hit, so the cap holds; else to the nearest step).
 * Deloads skip the guardrails (they only reduce). Pure: same inputs, same output.
 * Units: kg, reps, seconds. `history` is this exercise's sessions, oldest first.
 */
export function applyOverload(
  history: OverloadHistory,
  context: OverloadContext,
  rules: readonly OverloadRule<OverloadParams>[] = DEFAULT_OVERLOAD_RULES,
  params: OverloadParams = OVERLOAD_DEFAULTS,
): OverloadResult {
  validate(context);
  const { current } = context;
  let chosen: OverloadDecision | null = null;
  for (const rule of rules) {
    chosen = rule.evaluate(history, context, params);
    if (chosen) break;
  }
  const decision = chosen ?? {
    ruleId: 'no-applicable-rule',
    action: 'hold' as const,
    weightKg: current.weightKg,
    reps: current.reps,
    restSec: current.restSec,
    reason: context.explain === false ? '' : 'hold: no rule applied',
  };

  const guarded =
    decision.action === 'deload'
      ? { decision, reasons: [], capped: false, limitKg: Infinity }
      : applyGuardrails(decision, history, context, params);
  const stepKg = plateIncrementKg(context.equipment, params);
  const rawKg = guarded.decision.weightKg;
  let weightKg = roundLoadKg(rawKg, stepKg, guarded.capped ? 'down' : 'nearest');
  // Rounding to the nearest plate step must not carry an uncapped load past the weekly cap (21.74 → 22.5 over a 22 kg cap).
  if (weightKg > guarded.limitKg + 1e-9 && rawKg <= guarded.limitKg + 1e-9)
    weightKg = Math.max(roundLoadKg(rawKg, stepKg, 'down'), Math.min(rawKg, current.weightKg));
  // A cap never turns into a cut: an off-plate current load stays as it is.
  if (guarded.capped && weightKg < Math.min(rawKg, current.weightKg)) weightKg = Math.min(rawKg, current.weightKg);
  const reasons = context.explain === false ? [] : [decision.reason, ...guarded.reasons];
  if (context.explain !== false && Math.abs(weightKg - rawKg) > 1e-9)
    reasons.push(`rounded ${fmtKg(rawKg)} to ${fmtKg(weightKg)} (${fmtKg(stepKg)} steps)`);
  // Rounding can swallow a small increase (2.5 % of 40 kg); then the honest action is a hold.
  const action = guarded.decision.action === 'increase-load' && weightKg <= current.weightKg ? 'hold' : guarded.decision.action;
  // Object.assign, not `{ ...decision, …, reasons }`: adding keys to a spread copy is V8's slow path (see ruleDecision).
  return Object.assign({}, guarded.decision, { action, weightKg, reasons });
}
