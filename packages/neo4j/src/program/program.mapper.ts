import { isMuscleGroupId, type MuscleGroupId } from '@liftgraph/domain';
import {
  GOALS,
  type Goal,
  prescriptionAdjustmentSchema,
  type PrescriptionAdjustment,
  PRESCRIPTION_SOURCES,
  type PrescriptionSource,
  type Program,
  type ProgramWeek,
} from '@liftgraph/domain/program';
import neo4j from 'neo4j-driver';
import { Neo4jStoreError } from '../errors.js';
import { toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';

export const PROGRAM_STATUSES = ['draft', 'active', 'archived', 'template'] as const;
/** draft (generated, not assigned) | active (the athlete's one program) | archived | template (a coach's reusable copy). */
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/** What the store keeps about a program besides the contract: how it is named, its goal, status and author. */
export interface ProgramMeta {
  name: string;
  /** A generated program is a draft until a coach assigns it (ProgramRepository.assign makes it the one active program). */
  status?: ProgramStatus;
  /** The coach who authored it (AUTHORED), when known. */
  coachId?: string | null;
  createdAt?: string;
}

/** A stored program: the contract's nested program exactly as saved, with what the store knows about it. */
export interface StoredProgram extends Program {
  name: string;
  status: ProgramStatus;
  createdAt: string;
  coachId: string | null;
  /** The logged session fulfilling each day, by `${week}/${day}` (absent = not done). */
  sessionIds: Record<string, string>;
}

/** The key of a program day in StoredProgram.sessionIds. */
export const dayKey = (week: number, day: number): string => `${week}/${day}`;

/** Rows for CREATE_PROGRAM_DAYS: one per (week, day), deterministic child ids, integers as Neo4j integers. */
export function programDayRows(program: Program): unknown[] {
  return program.weeks.flatMap((week) =>
    week.days.map((day) => {
      const id = `${program.programId}/w${week.index}-d${day.index}`;
      return {
        id,
        week: neo4j.int(week.index),
        dayIndex: neo4j.int(day.index),
        dayOfWeek: neo4j.int(day.dayOfWeek),
        deload: week.deload,
        label: day.label,
        date: day.date,
        status: day.status,
        prescriptions: day.prescriptions.map((rx, order) => ({
          id: `${id}/rx-${order}`,
          order: neo4j.int(order),
          exerciseId: rx.exerciseId,
          exerciseName: rx.exerciseName,
          primaryMuscles: rx.primaryMuscles,
          secondaryMuscles: rx.secondaryMuscles,
          sets: neo4j.int(rx.sets),
          reps: neo4j.int(rx.reps),
          weightKg: rx.loadKg,
          loadPerHand: rx.loadPerHand,
          bodyweight: rx.bodyweight,
          restSec: rx.restSec,
          targetRpe: rx.targetRpe,
          rationale: rx.rationale,
          source: rx.source,
          details: rx.details,
          locked: rx.locked,
          adjustment: rx.adjustment === null ? null : JSON.stringify(rx.adjustment),
        })),
      };
    }),
  );
}

type Raw = Record<string, unknown>;

const muscles = (v: unknown): MuscleGroupId[] => (Array.isArray(v) ? v.filter(isMuscleGroupId) : []);

function sourceOf(v: unknown): PrescriptionSource {
  const s = toStringValue(v, 'rx.source');
  const found = PRESCRIPTION_SOURCES.find((x) => x === s);
  if (found === undefined)
    throw new Neo4jStoreError('INVALID_ARGUMENT', `rx.source must be one of ${PRESCRIPTION_SOURCES.join(', ')}, got "${s}"`);
  return found;
}

function goalOf(v: unknown): Goal {
  const s = toNullableString(v, 'program.goal') ?? 'general';
  return GOALS.find((g) => g === s) ?? 'general';
}

function adjustmentOf(v: unknown): PrescriptionAdjustment | null {
  const text = toNullableString(v, 'rx.adjustment');
  if (text === null) return null;
  const parsed = prescriptionAdjustmentSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Neo4jStoreError('INVALID_ARGUMENT', `rx.adjustment is not a prescription adjustment: ${text}`);
  return parsed.data;
}

function statusOf(v: unknown): ProgramStatus {
  const s = toStringValue(v, 'program.status');
  const found = PROGRAM_STATUSES.find((x) => x === s);
  if (found !== undefined) return found;
  throw new Neo4jStoreError('INVALID_ARGUMENT', `program.status must be one of ${PROGRAM_STATUSES.join(', ')}, got "${s}"`);
}

/** The one mapping of a stored program (a PROGRAMS_BY_IDS row) back to the contract's nested shape. */
export function toStoredProgram(program: Raw, athleteId: unknown, coachId: unknown, days: Raw[]): StoredProgram {
  const weeks = new Map<number, ProgramWeek>();
  const sessionIds: Record<string, string> = {};
  const placed = days
    .map((d) => ({ week: toNumber(d.week, 'day.week'), day: toNumber(d.dayIndex, 'day.dayIndex'), d }))
    .sort((a, b) => a.week - b.week || a.day - b.day);
  for (const { week: w, day, d } of placed) {
    const week = weeks.get(w) ?? { index: w, deload: d.deload === true, days: [] };
    const sessionId = toNullableString(d.sessionId, 'day.sessionId');
    if (sessionId !== null) sessionIds[dayKey(w, day)] = sessionId;
    weeks.set(w, week);
    week.days.push({
      index: day,
      dayOfWeek: toNumber(d.dayOfWeek, 'day.dayOfWeek'),
      date: toStringValue(d.date, 'day.date'),
      status: d.status === 'skipped' ? 'skipped' : 'planned',
      label: toStringValue(d.label, 'day.label'),
      prescriptions: (d.prescriptions as Raw[])
        .map((rx) => ({ order: toNumber(rx.order, 'rx.order'), rx }))
        .sort((a, b) => a.order - b.order)
        .map(({ rx }) => ({
          exerciseId: toStringValue(rx.exerciseId, 'rx.exerciseId'),
          exerciseName: toNullableString(rx.exerciseName, 'rx.exerciseName') ?? toStringValue(rx.exerciseId, 'rx.exerciseId'),
          primaryMuscles: muscles(rx.primaryMuscles),
          secondaryMuscles: muscles(rx.secondaryMuscles),
          sets: toNumber(rx.sets, 'rx.sets'),
          reps: toNumber(rx.reps, 'rx.reps'),
          loadKg: toNullableNumber(rx.weightKg, 'rx.weightKg'),
          // Prescriptions stored before the flags existed have neither property: whole load, not body weight.
          loadPerHand: rx.loadPerHand === true,
          bodyweight: rx.bodyweight === true,
          restSec: toNumber(rx.restSec, 'rx.restSec'),
          targetRpe: toNumber(rx.targetRpe, 'rx.targetRpe'),
          rationale: toStringValue(rx.rationale, 'rx.rationale'),
          source: sourceOf(rx.source),
          details: toNullableString(rx.details, 'rx.details') ?? '',
          locked: rx.locked === true,
          adjustment: adjustmentOf(rx.adjustment),
        })),
    });
  }
  return {
    programId: toStringValue(program.id, 'program.id'),
    athleteId: toStringValue(athleteId, 'athleteId'),
    daysPerWeek: toNumber(program.daysPerWeek, 'daysPerWeek'),
    goal: goalOf(program.goal),
    startDate: toStringValue(program.startDate, 'program.startDate'),
    weeks: [...weeks.values()],
    name: toStringValue(program.name, 'program.name'),
    status: statusOf(program.status),
    createdAt: toStringValue(program.createdAt, 'program.createdAt'),
    coachId: toNullableString(coachId, 'coachId'),
    sessionIds,
  };
}
