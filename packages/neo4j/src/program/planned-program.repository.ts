import neo4j from 'neo4j-driver';
import { Neo4jStoreError } from '../errors.js';
import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import { DELETE_PROGRAM_DAYS, UPSERT_PROGRAM } from './program.cypher.js';
import { CREATE_PLANNED_DAYS, GET_PLANNED_PROGRAM, LINK_ATHLETE } from './planned-program.cypher.js';

/** One prescription of a generated program (the planner's `ProgramPrescription`, structurally). */
export interface PlannedPrescription {
  exerciseId: string;
  exerciseName: string;
  primaryMuscles: string[];
  secondaryMuscles: string[];
  sets: number;
  reps: number;
  /** kg; each implement when `loadPerHand`; the added load (null = none) when `bodyweight`. */
  loadKg: number | null;
  /** A dumbbell or kettlebell in each hand: `loadKg` is each one. */
  loadPerHand: boolean;
  /** The body is the load (pull-up, dip, push-up): `loadKg` is the added load, null for body weight alone. */
  bodyweight: boolean;
  restSec: number;
  targetRpe: number;
  rationale: string;
  source: string;
}

export interface PlannedDay {
  index: number;
  dayOfWeek: number;
  label: string;
  prescriptions: PlannedPrescription[];
}

export interface PlannedWeek {
  index: number;
  deload: boolean;
  days: PlannedDay[];
}

/** The planner's program as `liftgraph plan --json` prints it. */
export interface PlannedProgram {
  programId: string;
  athleteId: string;
  daysPerWeek: number;
  weeks: PlannedWeek[];
}

export interface SavePlannedProgramOptions {
  name: string;
  goal: string;
  /** A generated program is a draft until a coach assigns it (ProgramRepository.assign makes it the one active program). */
  status?: 'draft' | 'active' | 'archived';
  createdAt?: string;
}

type Raw = Record<string, unknown>;

function dayRows(program: PlannedProgram): unknown[] {
  return program.weeks.flatMap((week) => week.days.map((day) => {
    const index = week.index * program.daysPerWeek + day.index;
    const id = `${program.programId}/day-${index}`;
    return {
      id, index: neo4j.int(index), label: day.label, week: neo4j.int(week.index), deload: week.deload,
      dayIndex: neo4j.int(day.index), dayOfWeek: neo4j.int(day.dayOfWeek),
      prescriptions: day.prescriptions.map((rx, order) => ({
        id: `${id}/rx-${order}`, order: neo4j.int(order), exerciseId: rx.exerciseId, exerciseName: rx.exerciseName,
        primaryMuscles: rx.primaryMuscles, secondaryMuscles: rx.secondaryMuscles, sets: neo4j.int(rx.sets), reps: neo4j.int(rx.reps),
        weightKg: rx.loadKg, loadPerHand: rx.loadPerHand, bodyweight: rx.bodyweight, restSec: rx.restSec, targetRpe: rx.targetRpe, rationale: rx.rationale, source: rx.source,
      })),
    };
  }));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function toPlannedProgram(program: Raw, athleteId: unknown, days: Raw[]): PlannedProgram {
  const weeks = new Map<number, PlannedWeek>();
  const sorted = [...days].sort((a, b) => toNumber(a.index, 'day.index') - toNumber(b.index, 'day.index'));
  for (const d of sorted) {
    const w = toNullableNumber(d.week, 'day.week') ?? 0;
    const week = weeks.get(w) ?? { index: w, deload: d.deload === true, days: [] };
    weeks.set(w, week);
    week.days.push({
      index: toNullableNumber(d.dayIndex, 'day.dayIndex') ?? week.days.length,
      dayOfWeek: toNullableNumber(d.dayOfWeek, 'day.dayOfWeek') ?? 0,
      label: toStringValue(d.label, 'day.label'),
      prescriptions: (d.prescriptions as Raw[])
        .map((rx) => ({ order: toNumber(rx.order, 'rx.order'), rx }))
        .sort((a, b) => a.order - b.order)
        .map(({ rx }) => ({
          exerciseId: toStringValue(rx.exerciseId, 'rx.exerciseId'),
          exerciseName: toNullableString(rx.exerciseName, 'rx.exerciseName') ?? toStringValue(rx.exerciseId, 'rx.exerciseId'),
          primaryMuscles: strings(rx.primaryMuscles),
          secondaryMuscles: strings(rx.secondaryMuscles),
          sets: toNumber(rx.sets, 'rx.sets'),
          reps: toNumber(rx.reps, 'rx.reps'),
          loadKg: toNullableNumber(rx.weightKg, 'rx.weightKg'),
          // Programs stored before the flags existed have neither property: whole load, not body weight.
          loadPerHand: rx.loadPerHand === true,
          bodyweight: rx.bodyweight === true,
          restSec: toNullableNumber(rx.restSec, 'rx.restSec') ?? 0,
          targetRpe: toNullableNumber(rx.targetRpe, 'rx.targetRpe') ?? 0,
          rationale: toStringValue(rx.rationale, 'rx.rationale'),
          source: toNullableString(rx.source, 'rx.source') ?? 'rules',
        })),
    });
  }
  return {
    programId: toStringValue(program.id, 'program.id'),
    athleteId: toNullableString(athleteId, 'athleteId') ?? '',
    daysPerWeek: toNumber(program.daysPerWeek, 'daysPerWeek'),
    weeks: [...weeks.values()].sort((a, b) => a.index - b.index),
  };
}

/**
 * Generated programs (the planner's shape) on the same nodes ProgramRepository reads: Program -FOR->
 * Athlete, -HAS_DAY-> ProgramDay (one per week × day) -PRESCRIBES-> Prescription -OF-> Exercise.
 */
export class PlannedProgramRepository {
  constructor(private readonly db: GraphDb) {}

  /** Creates or replaces the program and links it FOR its athlete, in one transaction. */
  async save(program: PlannedProgram, opts: SavePlannedProgramOptions): Promise<void> {
    const ids = [...new Set(program.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions.map((rx) => rx.exerciseId))))];
    await writeTx(this.db, 'plannedProgram.save', async (tx) => {
      const check = await tx.run('MATCH (a:Athlete {id: $athleteId}) RETURN a.id AS id', { athleteId: program.athleteId });
      if (check.records.length === 0) throw new Neo4jStoreError('NOT_FOUND', `athlete ${program.athleteId} does not exist`);
      const missing = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (e:Exercise {id: id}) WITH id, e WHERE e IS NULL RETURN collect(id) AS missing', { ids });
      const unknown = (missing.records[0]?.get('missing') as string[] | undefined) ?? [];
      if (unknown.length > 0) throw new Neo4jStoreError('NOT_FOUND', `program ${program.programId} prescribes unknown exercises: ${unknown.join(', ')}`);
      await tx.run(UPSERT_PROGRAM, {
        id: program.programId, name: opts.name, daysPerWeek: toNeo4jInt(program.daysPerWeek, 'daysPerWeek'),
        weeks: toNeo4jInt(program.weeks.length, 'weeks'), goal: opts.goal, status: opts.status ?? 'draft', createdAt: opts.createdAt ?? new Date().toISOString(),
      });
      await tx.run(DELETE_PROGRAM_DAYS, { id: program.programId });
      await tx.run(CREATE_PLANNED_DAYS, { id: program.programId, days: dayRows(program) });
      await tx.run(LINK_ATHLETE, { id: program.programId, athleteId: program.athleteId });
    });
  }

  byId(id: string): Promise<PlannedProgram | null> {
    return readTx(this.db, 'plannedProgram.byId', async (tx) => {
      const r = (await tx.run(GET_PLANNED_PROGRAM, { id })).records[0];
      if (r === undefined) return null;
      return toPlannedProgram(r.get('program') as Raw, r.get('athleteId'), r.get('days') as Raw[]);
    });
  }
}
