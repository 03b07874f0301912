import type { Capacity, Exercise } from '@liftgraph/domain';
import type { ProgramPrescription } from '../problem/program.types.js';
import { capacityText, guardLimitKg, LOAD_GUARD } from './load-guard.js';

export interface LoadLimits {
  capacityOf(exerciseId: string): Capacity | null;
  exercise(id: string): Exercise | undefined;
  stepFor(e: Exercise): number;
  /** The gym's heaviest dumbbell (kg, one implement), when the request states it. */
  heaviestDumbbellKg?: number | undefined;
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
      notes.push(`held at ${limit} kg by the load guard (${capacityText(capacity)} + ${LOAD_GUARD.marginPct} % at most)`);
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

