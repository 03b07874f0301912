import {
  type Capacity,
  type Exercise,
  type Level,
  loadForE1RmKg,
  plateIncrementKg,
  rirOfRpe,
  roundLoadKg,
  similarity,
  transferredCapacity,
  TRANSFERS_TO,
  formatWeight,
  type WeightUnit,
} from '@liftgraph/domain';
import type { PrescriptionSource } from '@liftgraph/domain/program';
import { capacityText, LOAD_GUARD } from './load-guard.js';
import { priorRatio, rtsFraction, strengthRatio } from './strength-ratios.js';

export interface TransferInput {
  exercise: Exercise;
  reps: number;
  targetRpe: number;
  /** The athlete's capacity on another exercise (by id) as of the session date, for transfer; null when none. */
  capacityOf: (exerciseId: string) => Capacity | null;
  /** Plate/dumbbell step for this exercise (default: the equipment's increment). */
  stepKg?: number;
  /** The athlete's unit: loads in the rationale are worded in it (default kg). */
  unit?: WeightUnit;
  knownExerciseIds: readonly string[];
  lookup: (id: string) => Exercise | undefined;
  profile: { bodyweightKg?: number; sex?: 'male' | 'female'; level?: Level };
}

/** Minimum carry-over weight for a transfer estimate (below it the guess is no better than a default). */
const MIN_TRANSFER = 0.3;
const LEVEL_FACTOR: Record<Level, number> = { beginner: 0.55, intermediate: 0.8, expert: 0.95 };
const fmtKg = (x: number): string => `${Number(x.toFixed(1))} kg`;

interface TransferSource {
  from: Exercise;
  weight: number;
  basis: string;
  fromCapacity: Capacity;
  capacity: Capacity;
}

/** The related logged exercise with the strongest carry-over and a recent capacity, transferred (domain discount). */
export function transferSource(input: TransferInput): TransferSource | null {
  let best: TransferSource | null = null;
  for (const id of input.knownExerciseIds) {
    if (id === input.exercise.id) continue;
    const from = input.lookup(id);
    if (!from || from.bodyweight) continue;
    const edge = TRANSFERS_TO.find((t) => t.from === id && t.to === input.exercise.id);
    const sim = from.pattern === input.exercise.pattern ? similarity(from, input.exercise).score : 0;
    const weight = Math.max(edge?.weight ?? 0, 0.8 * sim);
    if (weight < MIN_TRANSFER || (best && best.weight >= weight)) continue;
    const fromCapacity = input.capacityOf(id);
    if (fromCapacity === null || fromCapacity.stale) continue;
    const ratio = priorRatio(from, input.exercise);
    const basis = edge ? `carry-over ${edge.weight} from ${from.name}` : `similar to ${from.name} (${sim.toFixed(2)})`;
    best = { from, weight, basis, fromCapacity, capacity: transferredCapacity(fromCapacity, ratio, weight) };
  }
  return best;
}

/**
 * A per-hand exercise (a pair of dumbbells or kettlebells) transferred from a lift loaded as one
 * implement (a barbell, a machine): the strength ratio already converts to one hand conservatively
 * (EQUIPMENT_FACTOR 0.4 in the domain's strength-ratio.ts, × the carry-over discount 0.85 + 0.15 × weight:
 * each dumbbell ≈ 0.38 × the barbell load for a press at carry-over 0.7, inside the 0.35–0.4 coaches use).
 * ASSUMPTION: such a first exposure starts from that estimate, not from the low end of its widened band
 * too — the three cuts stacked, then rounded down to a 2 kg dumbbell step, gave toy loads (4 kg per hand
 * from a 21 kg barbell press). It is still planned at RPE 7, rounded down, and capped by the load limits.
 */
function toPerHand(from: Exercise, to: Exercise): boolean {
  return to.loading === 'per-hand' && from.loading === 'total';
}

/**
 * Load for an exercise the athlete has not done (or not for > 8 weeks) — a first exposure, planned at
 * RPE 7 (LOAD_GUARD.firstExposureRpe) from the low end of a capacity band and worded "work up to RPE
 * 7 and adjust":
 * - `rules`: the athlete's own capacity, decayed for the time off (a stale estimate);
 * - `transfer`: the related logged exercise with the strongest carry-over (TRANSFERS_TO weight, or
 *   0.8 × similarity within the same pattern, ≥ 0.3), through the domain's stated discount, from the low
 *   end of the transferred band (from the estimate itself for a per-hand lift from a one-implement lift:
 *   toPerHand); the coach's line names the lift it comes from ("from your barbell overhead press");
 * - `default`: bodyweight × pattern ratio × level factor (a cautious guess).
 */
export function firstExposureLoad(
  input: TransferInput,
  own: Capacity | null,
): { loadKg: number; source: PrescriptionSource; rationale: string } {
  const { exercise, reps } = input;
  const step = input.stepKg ?? plateIncrementKg(exercise.equipment);
  const rir = rirOfRpe(LOAD_GUARD.firstExposureRpe);
  const workUp = `work up to RPE ${LOAD_GUARD.firstExposureRpe} and adjust`;
  if (own !== null) {
    const loadKg = roundLoadKg(Math.max(0, loadForE1RmKg(own.lowKg, reps, rir)), step, 'down');
    const weeks = Math.floor(own.daysSinceLast / 7);
    return {
      loadKg,
      source: 'rules',
      rationale: `first session back after ${weeks} weeks: start at ${formatWeight(loadKg, input.unit)}, ${workUp} (${capacityText(own)}, −${Math.round((1 - own.decay) * 100)} % for the time off)`,
    };
  }
  const source = transferSource(input);
  if (source) {
    const perHand = toPerHand(source.from, exercise);
    const startE1Rm = perHand ? source.capacity.e1RmKg : source.capacity.lowKg;
    const loadKg = roundLoadKg(Math.max(0, loadForE1RmKg(startE1Rm, reps, rir)), step, 'down');
    const hand = exercise.loading === 'per-hand' ? ' per hand' : '';
    const from = `from your ${source.from.name.toLowerCase()} (est. 1RM ${Math.round(source.fromCapacity.e1RmKg)} kg)`;
    const how = perHand
      ? `the transferred estimate itself for a per-hand lift, ×${(source.capacity.e1RmKg / source.fromCapacity.e1RmKg).toFixed(2)} of it`
      : 'the low end of the transferred band';
    return {
      loadKg,
      source: 'transfer',
      rationale: `new exercise: start at ${formatWeight(loadKg, input.unit)}${hand} ${from}, ${workUp} (1RM ~${fmtKg(source.capacity.e1RmKg)} estimated from ${source.from.name}, ${capacityText(source.fromCapacity)}; ${source.basis}; ${how})`,
    };
  }
  const p = input.profile;
  const bw = p.bodyweightKg ?? (p.sex === 'female' ? 62 : 78);
  const sexFactor = p.sex === 'female' ? 0.65 : 1;
  const level = p.level ?? 'beginner';
  const e1Rm = bw * strengthRatio(exercise) * sexFactor * LEVEL_FACTOR[level];
  const loadKg = roundLoadKg(e1Rm * rtsFraction(reps, LOAD_GUARD.firstExposureRpe - 1), step, 'down');
  return {
    loadKg,
    source: 'default',
    rationale: `new exercise, no related lift logged: start light at ${formatWeight(loadKg, input.unit)}, ${workUp} (a cautious guess from ${fmtKg(bw)} body weight, ${level})`,
  };
}
