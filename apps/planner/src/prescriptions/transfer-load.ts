import {
  type Exercise, type Level, type OverloadHistory, plateIncrementKg, roundLoadKg, similarity, TRANSFERS_TO,
} from '@liftgraph/domain';
import type { PrescriptionSource } from '../problem/program.types.js';
import { rtsFraction, strengthRatio } from './strength-ratios.js';

export interface TransferInput {
  exercise: Exercise;
  reps: number;
  targetRpe: number;
  /** Histories of the athlete's other exercises (by id), for transfer. */
  historyOf: (exerciseId: string) => OverloadHistory;
  knownExerciseIds: readonly string[];
  lookup: (id: string) => Exercise | undefined;
  profile: { bodyweightKg?: number; sex?: 'male' | 'female'; level?: Level };
}

/** Minimum carry-over weight for a transfer estimate (below it the guess is no better than a default). */
const MIN_TRANSFER = 0.3;
const LEVEL_FACTOR: Record<Level, number> = { beginner: 0.55, intermediate: 0.8, expert: 0.95 };
const fmtKg = (x: number): string => `${Number(x.toFixed(1))} kg`;

/** Best recent e1RM (Epley on the top set of the last 3 sessions), or null. */
export function recentE1Rm(history: OverloadHistory): number | null {
  let best = 0;
  for (const s of history.slice(-3)) {
    for (const set of s.sets) {
      if (set.weightKg > 0 && set.reps >= 1 && set.reps <= 12) best = Math.max(best, set.weightKg * (1 + (set.reps === 1 ? 0 : set.reps / 30)));
    }
  }
  return best > 0 ? best : null;
}

function bestSource(input: TransferInput): { from: Exercise; weight: number; basis: string; e1Rm: number } | null {
  let best: { from: Exercise; weight: number; basis: string; e1Rm: number } | null = null;
  for (const id of input.knownExerciseIds) {
    if (id === input.exercise.id) continue;
    const from = input.lookup(id);
    if (!from || from.bodyweight) continue;
    const edge = TRANSFERS_TO.find((t) => t.from === id && t.to === input.exercise.id);
    const sim = from.pattern === input.exercise.pattern ? similarity(from, input.exercise).score : 0;
    const weight = Math.max(edge?.weight ?? 0, 0.8 * sim);
    if (weight < MIN_TRANSFER || (best && best.weight >= weight)) continue;
    const e1Rm = recentE1Rm(input.historyOf(id));
    if (e1Rm === null) continue;
    best = { from, weight, e1Rm, basis: edge ? `TRANSFERS_TO ${edge.weight}` : `SIMILAR_TO ${sim.toFixed(2)}` };
  }
  return best;
}

/**
 * Load for an exercise the athlete never logged:
 * - `transfer`: from the related logged exercise with the strongest carry-over (TRANSFERS_TO weight, or
 *   0.8 × similarity within the same pattern, ≥ 0.3): e1RM × strength ratio × (0.85 + 0.15 × weight);
 * - `default`: bodyweight × pattern ratio × level factor, at one RPE below the target (conservative);
 *   bodyweight exercises start without added load.
 */
export function transferOrDefaultLoad(input: TransferInput): { loadKg: number; source: PrescriptionSource; rationale: string } {
  const { exercise, reps, targetRpe } = input;
  const step = plateIncrementKg(exercise.equipment);
  const fraction = rtsFraction(reps, targetRpe);
  if (exercise.bodyweight) {
    return { loadKg: 0, source: 'default', rationale: `bodyweight: new exercise, ${reps} reps @RPE ${targetRpe}; add load once they feel easy` };
  }
  const source = bestSource(input);
  if (source) {
    const ratio = strengthRatio(exercise) / strengthRatio(source.from);
    const confidence = 0.85 + 0.15 * source.weight;
    const e1Rm = source.e1Rm * ratio * confidence;
    const loadKg = roundLoadKg(e1Rm * fraction, step, 'down');
    return {
      loadKg,
      source: 'transfer',
      rationale: `new: ${Math.round(fraction * 100)} % of a 1RM of ~${fmtKg(e1Rm)} estimated from ${source.from.name} (e1RM ${fmtKg(source.e1Rm)}, ${source.basis})`,
    };
  }
  const p = input.profile;
  const bw = p.bodyweightKg ?? (p.sex === 'female' ? 62 : 78);
  const sexFactor = p.sex === 'female' ? 0.65 : 1;
  const level = p.level ?? 'beginner';
  const e1Rm = bw * strengthRatio(exercise) * sexFactor * LEVEL_FACTOR[level];
  const easier = rtsFraction(reps, targetRpe - 1);
  const loadKg = roundLoadKg(e1Rm * easier, step, 'down');
  return {
    loadKg,
    source: 'default',
    rationale: `new: ${Math.round(easier * 100)} % of a cautious 1RM guess of ${fmtKg(e1Rm)} (${fmtKg(bw)} bodyweight, ${level}), one RPE easier than the target`,
  };
}
