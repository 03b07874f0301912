import {
  applyGuardrails, applyOverload, type Exercise, linearProgressionRule, OVERLOAD_DEFAULTS, type OverloadHistory,
  plateIncrementKg, roundLoadKg, rpeTargetRule,
} from '@liftgraph/domain';
import type { PrescriptionSource } from '../problem/program.types.js';
import type { PredictionSource } from './prediction-source.js';
import { acwrText, changeHead, decisionHead, guardNotes, increaseSwallowed, oneLine, repConversion, ruleReason, sessionText } from './rationale.js';
import { rtsFraction } from './strength-ratios.js';
import { transferOrDefaultLoad, type TransferInput } from './transfer-load.js';

export interface LoadInput extends TransferInput {
  athleteId: string;
  /** `YYYY-MM-DD` of the session. */
  date: string;
  history: OverloadHistory;
  acwr: number | null;
  predictionSource?: PredictionSource;
  restSec: number;
  sets: number;
}

export interface LoadDecision {
  loadKg: number;
  source: PrescriptionSource;
  rationale: string;
}

const LOWER = new Set(['quadriceps', 'hamstrings', 'glutes', 'calves', 'adductors', 'abductors', 'lower back']);
const fmtKg = (x: number): string => `${Number(x.toFixed(2))} kg`;

/**
 * Loads of an exercise last done long ago are discounted (detraining; SCIENCE.md §3: fitness decays
 * with τ ≈ 42 d). ASSUMPTION, conservative coaching practice: −5 % after 4 weeks off, −10 % after 8.
 */
export const LAYOFF_DISCOUNT = [
  { afterDays: 56, factor: 0.9 },
  { afterDays: 28, factor: 0.95 },
] as const;

function layoffFactor(lastDate: string, date: string): { factor: number; note: string } {
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${lastDate}T00:00:00Z`)) / 86_400_000);
  const rule = LAYOFF_DISCOUNT.find((r) => days >= r.afterDays);
  return rule ? { factor: rule.factor, note: `${Math.floor(days / 7)} weeks since last done: −${Math.round((1 - rule.factor) * 100)} %` } : { factor: 1, note: '' };
}

function regionOf(e: Exercise): 'upper' | 'lower' {
  const top = [...e.targets].sort((a, b) => b.share - a.share)[0];
  return top && LOWER.has(top.muscle) ? 'lower' : 'upper';
}

/** Converts a load for `fromReps` to the load for `toReps` at the same effort (RTS chart). */
function convertReps(loadKg: number, fromReps: number, toReps: number, rpe: number): number {
  return fromReps === toReps ? loadKg : (loadKg * rtsFraction(toReps, rpe)) / rtsFraction(fromReps, rpe);
}

/**
 * The first-week load of one exercise at `reps` reps and `targetRpe`:
 * 1. `gnn`: the model's prediction, converted to the target reps and clamped by the domain guardrails
 *    (+10 %/week cap, ACWR bands), by the rules' own proposal + one plate step (the model may be bolder
 *    than the rules only by one step per session) and a −15 % floor under the last load;
 * Loads of exercises not done for ≥ 4 / 8 weeks are discounted 5 / 10 % (LAYOFF_DISCOUNT).
 * 2. `rules`: applyOverload over the exercise's history (RPE autoregulation when RPE is logged, else
 *    linear progression: + one step after a completed session, hold on a miss, −10 % after 3 misses);
 * 3. `transfer` / `default`: see transferOrDefaultLoad.
 */
export function baseLoad(input: LoadInput): LoadDecision {
  const { exercise, history, reps, targetRpe, date, acwr } = input;
  const last = history.at(-1);
  const step = plateIncrementKg(exercise.equipment);
  if (!last || last.sets.length === 0) return transferOrDefaultLoad(input);
  const lastLoad = Math.max(...last.sets.map((s) => s.weightKg));
  const lastReps = Math.max(1, last.targetReps);
  const current = { weightKg: lastLoad, reps: lastReps, restSec: input.restSec, sets: input.sets };

  const layoff = layoffFactor(last.date, date);
  const hasRpe = last.sets.some((s) => s.rpe != null || s.rir != null);
  const rule = applyOverload(
    history.slice(-6),
    { date, current, equipment: exercise.equipment, region: regionOf(exercise), targetRpe: hasRpe ? targetRpe : null, acwr },
    [rpeTargetRule, linearProgressionRule],
  );
  // The rules' load at the last session's reps: the model may go at most one plate step above it.
  const ruleAtLastReps = convertReps(rule.weightKg, rule.reps, lastReps, targetRpe);

  const predicted = input.predictionSource?.predict({ athleteId: input.athleteId, exerciseId: exercise.id, date, history }) ?? null;
  if (predicted && Number.isFinite(predicted.weightKg) && predicted.weightKg >= 0 && predicted.reps >= 1) {
    const raw = convertReps(predicted.weightKg, Math.round(predicted.reps), lastReps, targetRpe);
    const decision = { ruleId: 'gnn', action: raw > lastLoad ? 'increase-load' as const : 'hold' as const, weightKg: raw, reps: lastReps, restSec: input.restSec, reason: 'model' };
    const guarded = applyGuardrails(decision, history, { date, current, acwr }, OVERLOAD_DEFAULTS);
    const ceiling = Math.max(lastLoad, ruleAtLastReps) + step;
    const capped = Math.min(guarded.decision.weightKg, ceiling);
    const floored = Math.max(capped, lastLoad * 0.85) * layoff.factor;
    const down = guarded.capped || capped < guarded.decision.weightKg || layoff.factor < 1;
    const loadKg = roundLoadKg(convertReps(floored, lastReps, reps, targetRpe), step, down ? 'down' : 'nearest');
    const notes = guardNotes(guarded.reasons);
    if (capped < guarded.decision.weightKg) notes.push(`capped at the rules' ${fmtKg(ruleAtLastReps)} + one ${fmtKg(step)} step`);
    if (floored / layoff.factor > capped) notes.push('floored at −15 %');
    return {
      loadKg,
      source: 'gnn',
      rationale: oneLine(changeHead(loadKg, reps, lastLoad, lastReps, targetRpe), `GNN predicts ${fmtKg(predicted.weightKg)} × ${predicted.reps} (last ${sessionText(last)})`,
        [...notes, layoff.note, acwrText(acwr), predicted.reasons?.[0]]),
    };
  }

  const loadKg = roundLoadKg(convertReps(rule.weightKg * layoff.factor, rule.reps, reps, targetRpe), step, layoff.factor < 1 ? 'down' : 'nearest');
  return {
    loadKg,
    source: 'rules',
    rationale: oneLine(decisionHead(rule.weightKg, lastLoad), ruleReason(rule, last, targetRpe),
      [...(increaseSwallowed(rule) ? [] : guardNotes(rule.reasons)), layoff.note, repConversion(loadKg, reps, lastReps), acwrText(acwr)]),
  };
}
