import { type Capacity, type Exercise, loadForE1RmKg, rirOfRpe, roundLoadKg, formatWeight, type WeightUnit } from '@liftgraph/domain';
import type { ProgramPrescription } from '@liftgraph/domain/program';
import { capacityText, guardLimitKg, LOAD_GUARD, prescriptionE1RmKg } from './load-guard.js';
import { strengthRatio } from './strength-ratios.js';

/**
 * Plausibility next to the athlete's other lifts (issue #14 item 5): an accessory's implied e1RM may
 * be at most this many times what the typical strength ratios (strength-ratios.ts: coarse, so the
 * factor is generous) give from the athlete's strongest shown main barbell lift — no 70 kg side bend
 * for someone who benches 75 kg, whatever the log says.
 */
export const PLAUSIBILITY = { factor: 3 } as const;

/** The athlete's main barbell lift that says most about their strength, as a bodyweight-style index. */
export interface StrengthReference {
  exercise: Exercise;
  capacity: Capacity;
  /** capacity.e1RmKg / strengthRatio(exercise): the e1RM of the "ratio 1" lift it implies. */
  index: number;
}

/** The strongest non-stale main barbell lift (by the strength index), or null. */
export function strengthReference(candidates: ReadonlyArray<{ exercise: Exercise; capacity: Capacity | null }>): StrengthReference | null {
  let best: StrengthReference | null = null;
  for (const { exercise, capacity } of candidates) {
    if (capacity === null || capacity.stale || exercise.equipment !== 'barbell' || exercise.mechanic !== 'compound') continue;
    const index = capacity.e1RmKg / strengthRatio(exercise);
    if (!best || index > best.index) best = { exercise, capacity, index };
  }
  return best;
}

export interface LoadLimits {
  capacityOf(exerciseId: string): Capacity | null;
  exercise(id: string): Exercise | undefined;
  stepFor(e: Exercise): number;
  /** The athlete's unit: limits in the notes are worded in it (default kg). */
  unit?: WeightUnit;
  /** The gym's heaviest dumbbell (kg, one implement), when the request states it. */
  heaviestDumbbellKg?: number | undefined;
  /** The athlete's strength reference for plausibility; null skips the check. */
  reference: StrengthReference | null;
  /** Main lifts are judged by their own capacity only. */
  isMainLift(exerciseId: string): boolean;
}

/**
 * The last word on every load of the block (applied week by week as the block is expanded, so each
 * week progresses from the limited week before it; the `load-within-capacity` hard rule checks it):
 * no prescription implies an e1RM above the athlete's capacity + LOAD_GUARD.marginPct, and no
 * dumbbell load exceeds the gym's heaviest dumbbell. Loads are only ever lowered.
 */
export function limitPrescription(rx: ProgramPrescription, limits: LoadLimits): ProgramPrescription {
  const e = limits.exercise(rx.exerciseId);
  if (!e || rx.loadKg === null || rx.loadKg <= 0 || rx.bodyweight) return rx;
  let loadKg = rx.loadKg;
  const notes: string[] = [];
  const capacity = limits.capacityOf(rx.exerciseId);
  if (capacity !== null) {
    const limit = guardLimitKg(capacity, rx.reps, rx.targetRpe, limits.stepFor(e));
    if (loadKg > limit) {
      loadKg = limit;
      notes.push(
        `held at ${formatWeight(limit, limits.unit)} by the load guard (${capacityText(capacity)} + ${LOAD_GUARD.marginPct} % at most)`,
      );
    }
  }
  const ref = limits.reference;
  if (ref !== null && !limits.isMainLift(rx.exerciseId) && ref.exercise.id !== rx.exerciseId) {
    const plausibleE1Rm = PLAUSIBILITY.factor * ref.index * strengthRatio(e);
    const implied = prescriptionE1RmKg({ ...rx, loadKg });
    if (implied !== null && implied > plausibleE1Rm) {
      const limit = roundLoadKg(Math.max(0, loadForE1RmKg(plausibleE1Rm, rx.reps, rirOfRpe(rx.targetRpe))), limits.stepFor(e), 'down');
      if (limit > 0 && limit < loadKg) {
        loadKg = limit;
        notes.push(
          `held at ${formatWeight(limit, limits.unit)}: more would be implausible next to ${ref.exercise.name} (${capacityText(ref.capacity)})`,
        );
      }
    }
  }
  const heaviest = limits.heaviestDumbbellKg;
  if (heaviest !== undefined && e.equipment === 'dumbbell' && loadKg > heaviest) {
    loadKg = heaviest;
    notes.push(`the heaviest dumbbell is ${heaviest} kg: use it and add reps within the range`);
  }
  if (notes.length === 0) return rx;
  return { ...rx, loadKg, rationale: `${rx.rationale}, ${notes.join(', ')}` };
}
