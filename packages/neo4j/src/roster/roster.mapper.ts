import type { Record as Neo4jRecord } from 'neo4j-driver';
import { toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';

export interface AthleteProfile {
  id: string;
  name: string;
  sex: string | null;
  birthYear: number | null;
  bodyweightKg: number | null;
  coachId: string | null;
  /** IANA time zone the athlete's dates are in (UTC when never set). */
  timeZone: string;
  /** Preferred unit for loads (kg when never set). */
  unit: 'kg' | 'lbs';
}

/** The program an athlete follows now (status `active`): its days on the calendar and what was logged. */
export interface ActiveProgram {
  athleteId: string;
  programId: string;
  /** `YYYY-MM-DD` the block starts (assignment day for programs stored before start dates). */
  startDate: string;
  /** Every day of the program: its date, planned | skipped, and whether a logged session fulfils it. */
  days: Array<{ date: string; status: 'planned' | 'skipped'; done: boolean }>;
  /** Dates of sessions logged on or after `startDate` that fulfil no program day. */
  unlinkedDates: string[];
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
    timeZone: toNullableString(a.timeZone, 'athlete.timeZone') ?? 'UTC',
    unit: a.unit === 'lbs' ? 'lbs' : 'kg',
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
            startDate: toStringValue(program.startDate, 'startDate'),
            days: (program.days as RawMap[])
              .map((d): ActiveProgram['days'][number] => ({
                date: toStringValue(d.date, 'day.date'),
                status: d.status === 'skipped' ? 'skipped' : 'planned',
                done: d.done === true,
              }))
              .sort((a, b) => a.date.localeCompare(b.date)),
            unlinkedDates: (program.unlinkedDates as unknown[]).map((d) => toStringValue(d, 'unlinkedDate')),
          },
  };
}
