import type { Record as Neo4jRecord } from 'neo4j-driver';
import { toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';

export interface AthleteProfile {
  id: string;
  name: string;
  sex: string | null;
  birthYear: number | null;
  bodyweightKg: number | null;
  coachId: string | null;
}

/** The program an athlete follows now (status `active`) and how much of it they have logged. */
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

/** What the coach dashboard computes an athlete's status from (load, monotony, ACWR, compliance, flags). */
export interface StatusInputs {
  athleteId: string;
  /** Stored session-RPE load (AU) of every session started on or after the requested `from` date. */
  loads: Array<{ date: string; load: number }>;
  lastSessionDate: string | null;
  activeProgram: ActiveProgram | null;
}

type RawMap = Record<string, unknown>;

export function toAthleteProfile(r: Neo4jRecord): AthleteProfile {
  const a = r.get('athlete') as RawMap;
  const id = toStringValue(a.id, 'athlete.id');
  return {
    id,
    name: toNullableString(a.name, 'athlete.name') ?? id,
    sex: toNullableString(a.sex, 'athlete.sex'),
    birthYear: toNullableNumber(a.birthYear, 'athlete.birthYear'),
    bodyweightKg: toNullableNumber(a.bodyweightKg, 'athlete.bodyweightKg'),
    coachId: toNullableString(r.get('coachId'), 'coachId'),
  };
}

/** Reads the `loads`, `lastDates` and `programs` columns of the roster STATUS projection. */
export function toStatusInputs(athleteId: string, r: Neo4jRecord): StatusInputs {
  const lastDate = (r.get('lastDates') as unknown[])[0];
  const program = (r.get('programs') as RawMap[])[0];
  return {
    athleteId,
    loads: (r.get('loads') as RawMap[]).map((l) => ({ date: toStringValue(l.date, 'date'), load: toNumber(l.load, 'load') })),
    lastSessionDate: lastDate === undefined ? null : toStringValue(lastDate, 'lastDate'),
    activeProgram:
      program === undefined
        ? null
        : {
            athleteId,
            programId: toStringValue(program.programId, 'programId'),
            daysPerWeek: toNumber(program.daysPerWeek, 'daysPerWeek'),
            weeks: toNumber(program.weeks, 'weeks'),
            startDate: toStringValue(program.startDate, 'startDate'),
            completed: toNumber(program.completed, 'completed'),
          },
  };
}
