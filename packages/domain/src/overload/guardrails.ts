import { addDays } from '../science/calendar-day.js';
import { fmt, fmtKg } from './exercise-history.js';
import type { OverloadParams } from './overload-defaults.js';
import type { OverloadContext, OverloadDecision, OverloadHistory } from './overload-types.js';

export interface GuardedDecision {
  decision: OverloadDecision;
  /** One line per guardrail that changed the decision. */
  reasons: string[];
  /** True when a cap lowered the load, so rounding must go down to keep the cap. */
  capped: boolean;
  /** The weekly cap's limit (kg): rounding to the plates must not carry the load above it either. */
  limitKg: number;
}

// The date a week before the last date asked for: callers go through many decisions of one date in a row.
let weekBeforeMemo = { date: '', from: '' };
function weekBefore(date: string): string {
  if (weekBeforeMemo.date !== date) weekBeforeMemo = { date, from: addDays(date, -7) };
  return weekBeforeMemo.from;
}

/** Load a week ago: the top set of the earliest session in [date − 7, date), else the current load. */
function weekAgoLoadKg(history: OverloadHistory, context: OverloadContext): number {
  // ISO dates compare correctly as strings: one date computation instead of parsing every entry.
  const from = weekBefore(context.date);
  const earliest = history.find((s) => s.date >= from && s.date < context.date && s.sets.length > 0);
  return earliest ? Math.max(...earliest.sets.map((s) => s.weightKg)) : context.current.weightKg;
}

/**
 * Guardrails that clamp increases and never touch holds or decreases (docs/science.md §ACWR zones, §Progression):
 * 1. Weekly cap: load ≤ max(current, load a week ago × (1 + 10 %)) — ACSM's 2–10 % upper bound.
 * 2. ACWR > 1.5 (Gabbett's "danger zone"): no increase of load, reps or sets (more rest is allowed).
 * 3. ACWR in (1.3, 1.5] ("caution"): the load increase is halved.
 * ACWR is descriptive, not an injury probability (Impellizzeri et al. 2021), so it only damps
 * increases and never forces a cut; an unknown ACWR (null) skips 2 and 3.
 */
export function applyGuardrails(
  decision: OverloadDecision,
  history: OverloadHistory,
  context: OverloadContext,
  params: OverloadParams,
): GuardedDecision {
  const g = params.guardrails;
  const { current, acwr, explain = true } = context;
  const reasons: string[] = [];
  let next = { ...decision };
  let capped = false;

  if (acwr != null && acwr > g.acwrDanger) {
    const raised = next.weightKg > current.weightKg || next.reps > current.reps || (next.sets ?? current.sets) > current.sets;
    if (raised) {
      next = { ...next, action: 'hold', weightKg: Math.min(next.weightKg, current.weightKg), reps: Math.min(next.reps, current.reps) };
      if (next.sets !== undefined) next.sets = Math.min(next.sets, current.sets);
      if (explain) reasons.push(`no increase: ACWR ${fmt(acwr, 2)} > ${g.acwrDanger} (danger zone)`);
      capped = true;
    }
  } else if (acwr != null && acwr > g.acwrCaution && next.weightKg > current.weightKg) {
    next.weightKg = current.weightKg + (next.weightKg - current.weightKg) * g.cautionFactor;
    if (explain) reasons.push(`load increase × ${g.cautionFactor}: ACWR ${fmt(acwr, 2)} in (${g.acwrCaution}, ${g.acwrDanger}]`);
    capped = true;
  }

  const baseKg = weekAgoLoadKg(history, context);
  const limitKg = Math.max(current.weightKg, baseKg * (1 + g.maxWeeklyIncreasePct / 100));
  if (next.weightKg > limitKg) {
    next.weightKg = limitKg;
    if (explain) reasons.push(`clamped to ${fmtKg(limitKg)}: at most +${g.maxWeeklyIncreasePct} % per week from ${fmtKg(baseKg)}`);
    capped = true;
  }
  return { decision: next, reasons, capped, limitKg };
}
