import {
  applyGuardrails, applyOverload, type Exercise, linearProgressionRule, OVERLOAD_DEFAULTS, type OverloadHistory,
  plateIncrementKg, roundLoadKg, rpeTargetRule,
} from '@liftgraph/domain';
import type { PrescriptionSource } from '../problem/program.types.js';
import type { PredictionSource } from './prediction-source.js';
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
const signed = (x: number): string => (x > 0 ? `+${fmtKg(x)}` : x < 0 ? `−${fmtKg(-x)}` : '±0 kg');

function regionOf(e: Exercise): 'upper' | 'lower' {
  const top = [...e.targets].sort((a, b) => b.share - a.share)[0];
  return top && LOWER.has(top.muscle) ? 'lower' : 'upper';
}

/** Converts a load for `fromReps` to the load for `toReps` at the same effort (RTS chart). */
function convertReps(loadKg: number, fromReps: number, toReps: number, rpe: number): number {
  return fromReps === toReps ? loadKg : (loadKg * rtsFraction(toReps, rpe)) / rtsFraction(fromReps, rpe);
}

function acwrNote(acwr: number | null): string {
  return acwr === null ? '' : `, ACWR ${acwr.toFixed(2)}`;
}

/**
 * The first-week load of one exercise at `reps` reps and `targetRpe`:
 * 1. `gnn`: the model's prediction, converted to the target reps and clamped by the domain guardrails
 *    (+10 %/week cap, ACWR bands) and a −15 % floor under the last load;
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
  const lastNote = `last ${last.sets.length}×${lastReps} at ${fmtKg(lastLoad)} on ${last.date}`;

  const predicted = input.predictionSource?.predict({ athleteId: input.athleteId, exerciseId: exercise.id, date, history }) ?? null;
  if (predicted && Number.isFinite(predicted.weightKg) && predicted.weightKg >= 0 && predicted.reps >= 1) {
    const raw = convertReps(predicted.weightKg, Math.round(predicted.reps), lastReps, targetRpe);
    const decision = { ruleId: 'gnn', action: raw > lastLoad ? 'increase-load' as const : 'hold' as const, weightKg: raw, reps: lastReps, restSec: input.restSec, reason: 'model' };
    const guarded = applyGuardrails(decision, history, { date, current, acwr }, OVERLOAD_DEFAULTS);
    const floored = Math.max(guarded.decision.weightKg, lastLoad * 0.85);
    const loadKg = roundLoadKg(convertReps(floored, lastReps, reps, targetRpe), step, guarded.capped ? 'down' : 'nearest');
    const clampNote = guarded.reasons.length > 0 ? ` (${guarded.reasons.join('; ')})` : floored > guarded.decision.weightKg ? ' (floored at −15 %)' : '';
    const why = predicted.reasons?.[0] ? `; ${predicted.reasons[0]}` : '';
    return {
      loadKg,
      source: 'gnn',
      rationale: `${signed(loadKg - lastLoad)}: GNN predicts ${fmtKg(predicted.weightKg)} × ${predicted.reps}${clampNote}, ${reps} reps @RPE ${targetRpe}; ${lastNote}${acwrNote(acwr)}${why}`,
    };
  }

  const hasRpe = last.sets.some((s) => s.rpe != null || s.rir != null);
  const decision = applyOverload(
    history.slice(-6),
    { date, current, equipment: exercise.equipment, region: regionOf(exercise), targetRpe: hasRpe ? targetRpe : null, acwr },
    [rpeTargetRule, linearProgressionRule],
  );
  const loadKg = roundLoadKg(convertReps(decision.weightKg, decision.reps, reps, targetRpe), step);
  const repNote = decision.reps === reps ? '' : `, ${decision.reps}→${reps} reps via RTS`;
  return {
    loadKg,
    source: 'rules',
    rationale: `${signed(loadKg - lastLoad)}: ${decision.reasons.join('; ')}; ${lastNote}${repNote}${acwrNote(acwr)}`,
  };
}
