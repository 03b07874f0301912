import { Neo4jStoreError } from '../errors.js';
import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import {
  ASSIGN_PROGRAM, CREATE_PROGRAM_DAYS, DELETE_PROGRAM_DAYS, GET_PROGRAM, LINK_AUTHOR, LOCK_ATHLETE_PROGRAMS, PROGRAMS_FOR_ATHLETE, UPSERT_PROGRAM,
} from './program.cypher.js';
import { type Program, type ProgramInput, programDayRows, toProgram } from './program.mapper.js';

/** Programs: Program -HAS_DAY-> ProgramDay -PRESCRIBES-> Prescription -OF-> Exercise; Coach -AUTHORED->; -FOR-> Athlete. */
export class ProgramRepository {
  constructor(private readonly db: GraphDb) {}

  /** Creates or replaces a program (its days and prescriptions) in one transaction. */
  async save(input: ProgramInput): Promise<void> {
    const known = new Set(input.days.flatMap((d) => d.prescriptions.map((rx) => rx.exerciseId)));
    await writeTx(this.db, 'program.save', async (tx) => {
      const check = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (e:Exercise {id: id}) WITH id, e WHERE e IS NULL RETURN collect(id) AS missing', { ids: [...known] });
      const missing = (check.records[0]?.get('missing') as string[] | undefined) ?? [];
      if (missing.length > 0) throw new Neo4jStoreError('NOT_FOUND', `program ${input.id} prescribes unknown exercises: ${missing.join(', ')}`);
      await tx.run(UPSERT_PROGRAM, {
        id: input.id, name: input.name, daysPerWeek: toNeo4jInt(input.daysPerWeek, 'daysPerWeek'), weeks: toNeo4jInt(input.weeks, 'weeks'),
        goal: input.goal, status: input.status, createdAt: input.createdAt ?? new Date().toISOString(),
      });
      await tx.run(DELETE_PROGRAM_DAYS, { id: input.id });
      await tx.run(CREATE_PROGRAM_DAYS, { id: input.id, days: programDayRows(input.id, input.days) });
      if (input.coachId != null) await tx.run(LINK_AUTHOR, { id: input.id, coachId: input.coachId });
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
      if (r === undefined) throw new Neo4jStoreError('NOT_FOUND', `program ${programId} or athlete ${athleteId} vanished during the assignment`);
      return { archived: (r.get('archived') as unknown[]).map((id) => toStringValue(id, 'archived')) };
    });
  }

  byId(id: string): Promise<Program | null> {
    return readTx(this.db, 'program.byId', async (tx) => {
      const r = (await tx.run(GET_PROGRAM, { id })).records[0];
      if (r === undefined) return null;
      return toProgram(r.get('program') as Record<string, unknown>, r.get('athleteId'), r.get('coachId'), r.get('days') as Array<Record<string, unknown>>);
    });
  }

  idsForAthlete(athleteId: string): Promise<string[]> {
    return readTx(this.db, 'program.idsForAthlete', async (tx) =>
      (await tx.run(PROGRAMS_FOR_ATHLETE, { athleteId })).records.map((r) => toStringValue(r.get('id'), 'id')),
    );
  }
}
