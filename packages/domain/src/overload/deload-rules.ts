import { percentOfOneRepMax, RPE_MIN } from '../science/rpe-table.js';
import { SCIENCE_CHOICES } from '../science/science-choices.js';
import { fmt, sessionE1RmKg } from './exercise-history.js';
import type { OverloadParams } from './overload-defaults.js';
import type { OverloadContext, OverloadDecision, OverloadHistory, OverloadRule } from './overload-types.js';

/**
 * The deload prescription (Bell et al. 2022; docs/science.md §Deload timing, default adopted):
 * `volume` style halves the sets (at least 1) and keeps the load; `intensity` style keeps the sets
 * and drops ~2 RPE: weight × pct(reps, RPE − 2) / pct(reps, RPE), RPE = target or 8.
 */
export function deloadDecision(ruleId: string, trigger: string, context: OverloadContext, params: OverloadParams): OverloadDecision {
  const { current } = context;
  const p = params.deload;
  // Object literals, not `{ ...base, sets, reason }`: adding keys to a spread copy is V8's slow path (see ruleDecision).
  if (p.style === 'volume') {
    const sets = Math.max(1, Math.round(current.sets * p.setFactor));
    const reason = context.explain === false ? '' : `deload, ${current.sets} → ${sets} sets at the same load: ${trigger}`;
    return { ruleId, action: 'deload', weightKg: current.weightKg, reps: current.reps, restSec: current.restSec, sets, reason };
  }
  const rpe = Math.min(10, Math.max(RPE_MIN, context.targetRpe ?? p.assumedRpe));
  const lighterRpe = Math.max(RPE_MIN, rpe - p.rpeDrop);
  const reps = Math.min(Math.max(1, Math.round(current.reps)), SCIENCE_CHOICES.maxRepsForEstimate);
  const factor = percentOfOneRepMax(reps, lighterRpe) / percentOfOneRepMax(reps, rpe);
  const reason =
    context.explain === false ? '' : `deload, RPE ${fmt(rpe)} → ${fmt(lighterRpe)} (−${fmt((1 - factor) * 100)} % load): ${trigger}`;
  return {
    ruleId,
    action: 'deload',
    weightKg: current.weightKg * factor,
    reps: current.reps,
    restSec: current.restSec,
    sets: current.sets,
    reason,
  };
}

/** Deload every N training weeks (default 5, within the 4–6 of docs/science.md §Deload timing); needs `context.weeksSinceDeload`. */
export const scheduledDeloadRule: OverloadRule<OverloadParams> = {
  id: 'scheduled-deload',
  description: 'deload after a fixed number of training weeks',
  evaluate(_history, context, params) {
    const weeks = context.weeksSinceDeload;
    if (weeks == null || weeks < params.deload.everyWeeks) return null;
    const trigger = context.explain === false ? '' : `${weeks} weeks since the last deload ≥ ${params.deload.everyWeeks}`;
    return deloadDecision('scheduled-deload', trigger, context, params);
  },
};

/** Best session e1RM (kg) of `history[from, to)`, 0 when no set qualifies. */
function bestE1RmKg(history: OverloadHistory, from: number, to: number): number {
  let best = 0;
  for (let k = from; k < to; k++) {
    const session = history[k];
    best = Math.max(best, (session && sessionE1RmKg(session)) ?? 0);
  }
  return best;
}

/**
 * Deload on a performance stall (docs/science.md §Deload timing: earlier when performance drops): the
 * last N sessions (default 3) all failed to beat the best e1RM of the sessions before them (each
 * session's e1RM as `sessionE1RmKg` reads it: the capacity estimate's convention).
 */
export const stallDeloadRule: OverloadRule<OverloadParams> = {
  id: 'stall-deload',
  description: 'deload when e1RM has not improved for several sessions in a row',
  evaluate(history, context, params) {
    const n = params.deload.stallSessions;
    if (history.length <= n) return null;
    const before = bestE1RmKg(history, 0, history.length - n);
    if (before === 0 || bestE1RmKg(history, history.length - n, history.length) > before) return null;
    const trigger = context.explain === false ? '' : `no e1RM above ${fmt(before)} kg in the last ${n} sessions`;
    return deloadDecision('stall-deload', trigger, context, params);
  },
};
