import type { MuscleGroupId } from '@liftgraph/domain';

/** Where a prescription's numbers came from. */
export type PrescriptionSource = 'gnn' | 'rules' | 'transfer' | 'default';

/**
 * One exercise in one session of the program. `loadKg` is external load in kg, read with the two flags:
 * - `loadPerHand`: the exercise holds a dumbbell or kettlebell in each hand and `loadKg` is **each**
 *   implement (so 2 × 24 kg for 24 kg per hand); otherwise it is the whole load (bar, stack, one implement);
 * - `bodyweight`: the body is the load (pull-up, dip, push-up) and `loadKg` is the **added** load, null
 *   for body weight alone.
 */
export interface ProgramPrescription {
  exerciseId: string;
  exerciseName: string;
  /** free-exercise-db muscle-group names (the 17 MUSCLE_GROUP_IDS). */
  primaryMuscles: MuscleGroupId[];
  secondaryMuscles: MuscleGroupId[];
  sets: number;
  reps: number;
  /** kg; per implement when `loadPerHand`; added load (null = none) when `bodyweight`. */
  loadKg: number | null;
  loadPerHand: boolean;
  bodyweight: boolean;
  restSec: number;
  targetRpe: number;
  /** One line with numbers: "+2.5 kg: 3×8 done at 60 kg on 2024-03-01, ACWR 1.05". */
  rationale: string;
  source: PrescriptionSource;
}

export interface ProgramDay {
  /** 0-based position of the session within the week. */
  index: number;
  /** 1 = Monday … 7 = Sunday. */
  dayOfWeek: number;
  label: string;
  prescriptions: ProgramPrescription[];
}

export interface ProgramWeek {
  /** 0-based week of the block. */
  index: number;
  deload: boolean;
  days: ProgramDay[];
}

/** Exactly what `liftgraph plan --json` prints. */
export interface Program {
  programId: string;
  athleteId: string;
  daysPerWeek: number;
  weeks: ProgramWeek[];
}
