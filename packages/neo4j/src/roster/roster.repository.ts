import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';
import { type Program, toProgram } from '../program/program.mapper.js';
import { readTx } from '../tx.js';
import {
  ACTIVE_PROGRAMS, ALL_ATHLETE_IDS, ATHLETES_BY_IDS, LAST_SESSION_DATES, PROGRAM_IDS_BY_ATHLETE_IDS, PROGRAMS_BY_IDS, RECENT_LOADS,
} from './roster.cypher.js';

export interface AthleteProfile {
  id: string;
  name: string;
  sex: string | null;
  birthYear: number | null;
  bodyweightKg: number | null;
  coachId: string | null;
}

/** The program an athlete follows now and how much of it they have logged. */
export interface ActiveProgram {
  athleteId: string;
  programId: string;
  daysPerWeek: number;
  weeks: number;
  /** `YYYY-MM-DD` the program was assigned (or created, for programs assigned before stamps). */
  startDate: string;
  /** Sessions logged on or after `startDate`. */
  completed: number;
}

type RawMap = Record<string, unknown>;

/**
 * Batch-shaped reads keyed by athlete or program ids: every method answers N keys with one
 * statement, which is what the GraphQL API's DataLoaders need to avoid N+1 queries.
 */
export class RosterRepository {
  constructor(private readonly db: GraphDb) {}

  athletesByIds(ids: readonly string[]): Promise<AthleteProfile[]> {
    return readTx(this.db, 'roster.athletesByIds', async (tx) =>
      (await tx.run(ATHLETES_BY_IDS, { ids })).records.map((r) => {
        const a = r.get('athlete') as RawMap;
        return {
          id: toStringValue(a.id, 'athlete.id'),
          name: toNullableString(a.name, 'athlete.name') ?? toStringValue(a.id, 'athlete.id'),
          sex: toNullableString(a.sex, 'athlete.sex'),
          birthYear: toNullableNumber(a.birthYear, 'athlete.birthYear'),
          bodyweightKg: toNullableNumber(a.bodyweightKg, 'athlete.bodyweightKg'),
          coachId: toNullableString(r.get('coachId'), 'coachId'),
        };
      }),
    );
  }

  allAthleteIds(opts: { limit: number; offset: number }): Promise<string[]> {
    return readTx(this.db, 'roster.allAthleteIds', async (tx) =>
      (await tx.run(ALL_ATHLETE_IDS, { limit: toNeo4jInt(opts.limit, 'limit'), offset: toNeo4jInt(opts.offset, 'offset') })).records.map((r) =>
        toStringValue(r.get('id'), 'id'),
      ),
    );
  }

  /** Per athlete, the stored session-RPE load (AU) of every session started on or after `from` (`YYYY-MM-DD`). */
  recentLoads(ids: readonly string[], from: string): Promise<Map<string, Array<{ date: string; load: number }>>> {
    return readTx(this.db, 'roster.recentLoads', async (tx) => {
      const out = new Map<string, Array<{ date: string; load: number }>>();
      for (const r of (await tx.run(RECENT_LOADS, { ids, from })).records) {
        const loads = (r.get('loads') as RawMap[]).map((l) => ({ date: toStringValue(l.date, 'date'), load: toNumber(l.load, 'load') }));
        out.set(toStringValue(r.get('athleteId'), 'athleteId'), loads);
      }
      return out;
    });
  }

  lastSessionDates(ids: readonly string[]): Promise<Map<string, string>> {
    return readTx(this.db, 'roster.lastSessionDates', async (tx) => {
      const out = new Map<string, string>();
      for (const r of (await tx.run(LAST_SESSION_DATES, { ids })).records) {
        out.set(toStringValue(r.get('athleteId'), 'athleteId'), toStringValue(r.get('lastDate'), 'lastDate'));
      }
      return out;
    });
  }

  activePrograms(ids: readonly string[]): Promise<ActiveProgram[]> {
    return readTx(this.db, 'roster.activePrograms', async (tx) =>
      (await tx.run(ACTIVE_PROGRAMS, { ids })).records.map((r) => ({
        athleteId: toStringValue(r.get('athleteId'), 'athleteId'),
        programId: toStringValue(r.get('programId'), 'programId'),
        daysPerWeek: toNumber(r.get('daysPerWeek'), 'daysPerWeek'),
        weeks: toNumber(r.get('weeks'), 'weeks'),
        startDate: toStringValue(r.get('startDate'), 'startDate'),
        completed: toNumber(r.get('completed'), 'completed'),
      })),
    );
  }

  programIdsByAthleteIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return readTx(this.db, 'roster.programIdsByAthleteIds', async (tx) => {
      const out = new Map<string, string[]>();
      for (const r of (await tx.run(PROGRAM_IDS_BY_ATHLETE_IDS, { ids })).records) {
        out.set(toStringValue(r.get('athleteId'), 'athleteId'), r.get('programIds') as string[]);
      }
      return out;
    });
  }

  programsByIds(ids: readonly string[]): Promise<Program[]> {
    return readTx(this.db, 'roster.programsByIds', async (tx) =>
      (await tx.run(PROGRAMS_BY_IDS, { ids })).records.map((r) =>
        toProgram(r.get('program') as RawMap, r.get('athleteId'), r.get('coachId'), r.get('days') as RawMap[]),
      ),
    );
  }
}
