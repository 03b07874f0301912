import type { Program } from '@liftgraph/domain/program';
import type { ManagedTransaction } from 'neo4j-driver';
import { Neo4jStoreError } from '../errors.js';
import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import {
  ASSIGN_PROGRAM,
  CREATE_PROGRAM_DAYS,
  DELETE_PROGRAM,
  DELETE_PROGRAM_DAYS,
  RELINK_FULFILMENTS,
  SET_PROGRAM_STATUS,
  TEMPLATE_IDS,
  LINK_ATHLETE,
  LINK_AUTHOR,
  LOCK_ATHLETE_PROGRAMS,
  PROGRAMS_BY_IDS,
  UPDATE_PRESCRIPTION,
  UPSERT_PROGRAM,
} from './program.cypher.js';
import { type ProgramMeta, programDayRows, type ProgramStatus, type StoredProgram, toStoredProgram } from './program.mapper.js';

/** Which prescription: the program, its week and day (0-based, as in the contract) and the prescription's place in the day. */
export interface PrescriptionKey {
  programId: string;
  week: number;
  day: number;
  order: number;
}

/** A coach's edit of one prescription: only the fields given change; the load flags stay as they are. */
export interface PrescriptionPatch {
  sets?: number | null;
  reps?: number | null;
  /** Read like the prescription's `loadKg` (each implement when loadPerHand, the added load when bodyweight). */
  loadKg?: number | null;
  restSec?: number | null;
  targetRpe?: number | null;
  rationale?: string | null;
}

type Raw = Record<string, unknown>;

/** Reads the PROGRAMS_BY_IDS rows of `ids` (inside a transaction the caller opened). */
export async function readPrograms(tx: ManagedTransaction, ids: readonly string[]): Promise<StoredProgram[]> {
  return (await tx.run(PROGRAMS_BY_IDS, { ids })).records.map((r) =>
    toStoredProgram(r.get('program') as Raw, r.get('athleteId'), r.get('coachId'), r.get('days') as Raw[]),
  );
}

/**
 * Programs, in the domain's contract shape: what the planner generates is saved as it is and reads back
 * equal (`byId(p.programId)` holds `p` plus name, goal, status, createdAt and author).
 */
export class ProgramRepository {
  constructor(private readonly db: GraphDb) {}

  /** Creates or replaces the program (its days and prescriptions) and links it FOR its athlete, in one transaction. */
  async save(program: Program, meta: ProgramMeta): Promise<void> {
    const ids = [...new Set(program.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions.map((rx) => rx.exerciseId))))];
    await writeTx(this.db, 'program.save', async (tx) => {
      const check = await tx.run('MATCH (a:Athlete {id: $athleteId}) RETURN a.id AS id', { athleteId: program.athleteId });
      if (check.records.length === 0) throw new Neo4jStoreError('NOT_FOUND', `athlete ${program.athleteId} does not exist`);
      const missing = await tx.run(
        'UNWIND $ids AS id OPTIONAL MATCH (e:Exercise {id: id}) WITH id, e WHERE e IS NULL RETURN collect(id) AS missing',
        { ids },
      );
      const unknown = (missing.records[0]?.get('missing') as string[] | undefined) ?? [];
      if (unknown.length > 0)
        throw new Neo4jStoreError('NOT_FOUND', `program ${program.programId} prescribes unknown exercises: ${unknown.join(', ')}`);
      await tx.run(UPSERT_PROGRAM, {
        id: program.programId,
        name: meta.name,
        daysPerWeek: toNeo4jInt(program.daysPerWeek, 'daysPerWeek'),
        weeks: toNeo4jInt(program.weeks.length, 'weeks'),
        goal: program.goal,
        startDate: program.startDate,
        status: meta.status ?? 'draft',
        createdAt: meta.createdAt ?? new Date().toISOString(),
      });
      await tx.run(DELETE_PROGRAM_DAYS, { id: program.programId });
      await tx.run(CREATE_PROGRAM_DAYS, { id: program.programId, days: programDayRows(program) });
      await tx.run(RELINK_FULFILMENTS, { id: program.programId });
      await tx.run(LINK_ATHLETE, { id: program.programId, athleteId: program.athleteId });
      if (meta.coachId != null) await tx.run(LINK_AUTHOR, { id: program.programId, coachId: meta.coachId });
    });
  }

  /**
   * Makes `athleteId` the (single) athlete the program is FOR, stamps the assignment, marks the program
   * active and archives the athlete's other active programs, in one transaction. Null (nothing written)
   * when the program or the athlete does not exist; else the ids of the programs archived.
   */
  assign(programId: string, athleteId: string): Promise<{ archived: string[] } | null> {
    return writeTx(this.db, 'program.assign', async (tx) => {
      if ((await tx.run(LOCK_ATHLETE_PROGRAMS, { programId, athleteId })).records.length === 0) return null;
      const r = (await tx.run(ASSIGN_PROGRAM, { programId, athleteId })).records[0];
      if (r === undefined)
        throw new Neo4jStoreError('NOT_FOUND', `program ${programId} or athlete ${athleteId} vanished during the assignment`);
      return { archived: (r.get('archived') as unknown[]).map((id) => toStringValue(id, 'archived')) };
    });
  }

  /** Sets the status (archive, back to draft); false when the program does not exist. */
  setStatus(programId: string, status: ProgramStatus): Promise<boolean> {
    return writeTx(
      this.db,
      'program.setStatus',
      async (tx) => (await tx.run(SET_PROGRAM_STATUS, { id: programId, status })).records.length > 0,
    );
  }

  /** Deletes the program, its days and prescriptions (sessions stay, unlinked); false when it does not exist. */
  delete(programId: string): Promise<boolean> {
    return writeTx(this.db, 'program.delete', async (tx) => {
      if ((await tx.run('MATCH (p:Program {id: $id}) RETURN p.id AS id', { id: programId })).records.length === 0) return false;
      await tx.run(DELETE_PROGRAM, { id: programId });
      return true;
    });
  }

  /** Ids of the templates `coachId` authored (every template when null), newest first. */
  templateIds(coachId: string | null): Promise<string[]> {
    return readTx(this.db, 'program.templateIds', async (tx) =>
      (await tx.run(TEMPLATE_IDS, { coachId })).records.map((r) => toStringValue(r.get('id'), 'id')),
    );
  }

  byId(id: string): Promise<StoredProgram | null> {
    return readTx(this.db, 'program.byId', async (tx) => (await readPrograms(tx, [id]))[0] ?? null);
  }

  /** Edits one prescription in place; false when the program, week, day or order does not exist. */
  updatePrescription(key: PrescriptionKey, patch: PrescriptionPatch): Promise<boolean> {
    const clean: Raw = {};
    if (patch.sets != null) clean.sets = toNeo4jInt(patch.sets, 'sets');
    if (patch.reps != null) clean.reps = toNeo4jInt(patch.reps, 'reps');
    if (patch.loadKg !== undefined) clean.weightKg = patch.loadKg;
    if (patch.restSec != null) clean.restSec = patch.restSec;
    if (patch.targetRpe != null) clean.targetRpe = patch.targetRpe;
    if (patch.rationale != null) clean.rationale = patch.rationale;
    const params = {
      programId: key.programId,
      week: toNeo4jInt(key.week, 'week'),
      day: toNeo4jInt(key.day, 'day'),
      order: toNeo4jInt(key.order, 'order'),
      patch: clean,
    };
    return writeTx(this.db, 'program.updatePrescription', async (tx) => (await tx.run(UPDATE_PRESCRIPTION, params)).records.length > 0);
  }
}
