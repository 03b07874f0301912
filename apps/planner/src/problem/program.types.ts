import type { MuscleGroupId } from '@liftgraph/domain';

/** Where a prescription's numbers came from. */
export type PrescriptionSource = 'gnn' | 'rules' | 'transfer' | 'default';

/** One exercise in one session of the program. Loads are external load in kg (added load for bodyweight moves). */
export interface ProgramPrescription {
  exerciseId: string;
  exerciseName: string;
  /** free-exercise-db muscle-group names (the 17 MUSCLE_GROUP_IDS). */
  primaryMuscles: MuscleGroupId[];
  secondaryMuscles: MuscleGroupId[];
  sets: number;
  reps: number;
  loadKg: number;
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
