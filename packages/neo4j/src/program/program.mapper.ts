import neo4j from 'neo4j-driver';
import { toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';

export interface PrescriptionInput {
  order: number;
  exerciseId: string;
  sets: number;
  reps: number;
  /** kg; each implement when `loadPerHand`; the added load (null = none) when `bodyweight`. */
  weightKg: number | null;
  /** A dumbbell or kettlebell in each hand: `weightKg` is each one. Omitted = false. */
  loadPerHand?: boolean;
  /** The body is the load: `weightKg` is the added load, null for body weight alone. Omitted = false. */
  bodyweight?: boolean;
  restSec: number | null;
  targetRpe: number | null;
  rationale: string;
}

export interface ProgramDayInput {
  index: number;
  label: string;
  prescriptions: PrescriptionInput[];
}

/** A stored prescription: both load flags always present (false on prescriptions stored before them). */
export interface StoredPrescription extends PrescriptionInput {
  loadPerHand: boolean;
  bodyweight: boolean;
}

export interface StoredProgramDay extends ProgramDayInput {
  prescriptions: StoredPrescription[];
}

/** The Program write model: a block of `weeks` with `daysPerWeek` days, each a list of prescriptions. */
export interface ProgramInput {
  id: string;
  name: string;
  daysPerWeek: 3 | 5 | 6;
  weeks: number;
  goal: string;
  status: 'draft' | 'active' | 'archived';
  coachId?: string | null;
  createdAt?: string;
  days: ProgramDayInput[];
}

export interface Program extends Omit<ProgramInput, 'coachId' | 'createdAt' | 'days'> {
  coachId: string | null;
  athleteId: string | null;
  createdAt: string;
  days: StoredProgramDay[];
}

/** Rows for CREATE_PROGRAM_DAYS: deterministic child ids, integers as Neo4j integers. */
export function programDayRows(programId: string, days: readonly ProgramDayInput[]): unknown[] {
  return days.map((d) => {
    const dayId = `${programId}/day-${d.index}`;
    return {
      id: dayId,
      index: neo4j.int(d.index),
      label: d.label,
      prescriptions: d.prescriptions.map((rx) => ({
        ...rx,
        loadPerHand: rx.loadPerHand ?? false,
        bodyweight: rx.bodyweight ?? false,
        id: `${dayId}/rx-${rx.order}`,
        order: neo4j.int(rx.order),
        sets: neo4j.int(rx.sets),
        reps: neo4j.int(rx.reps),
      })),
    };
  });
}

type RawMap = Record<string, unknown>;

export function toProgram(program: RawMap, athleteId: unknown, coachId: unknown, days: RawMap[]): Program {
  return {
    id: toStringValue(program.id, 'program.id'),
    name: toStringValue(program.name, 'program.name'),
    daysPerWeek: toNumber(program.daysPerWeek, 'daysPerWeek') as Program['daysPerWeek'],
    weeks: toNumber(program.weeks, 'weeks'),
    goal: toStringValue(program.goal, 'goal'),
    status: toStringValue(program.status, 'status') as Program['status'],
    createdAt: toStringValue(program.createdAt, 'createdAt'),
    athleteId: toNullableString(athleteId, 'athleteId'),
    coachId: toNullableString(coachId, 'coachId'),
    days: days
      .map((d) => ({
        index: toNumber(d.index, 'day.index'),
        label: toStringValue(d.label, 'day.label'),
        prescriptions: (d.prescriptions as RawMap[])
          .map((rx) => ({
            order: toNumber(rx.order, 'rx.order'),
            exerciseId: toStringValue(rx.exerciseId, 'rx.exerciseId'),
            sets: toNumber(rx.sets, 'rx.sets'),
            reps: toNumber(rx.reps, 'rx.reps'),
            weightKg: toNullableNumber(rx.weightKg, 'rx.weightKg'),
            // Prescriptions stored before the flags existed have neither property: whole load, not body weight.
            loadPerHand: rx.loadPerHand === true,
            bodyweight: rx.bodyweight === true,
            restSec: toNullableNumber(rx.restSec, 'rx.restSec'),
            targetRpe: toNullableNumber(rx.targetRpe, 'rx.targetRpe'),
            rationale: toStringValue(rx.rationale, 'rx.rationale'),
          }))
          .sort((a, b) => a.order - b.order),
      }))
      .sort((a, b) => a.index - b.index),
  };
}
