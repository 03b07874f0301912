import type { ExerciseMatcher, LoggedSet, SetType, WorkoutLog } from '@liftgraph/domain';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Neo4jStoreError } from '../errors.js';
import type { GraphDb } from '../graph-db.js';
import { buildIngestRows, performanceIdOf } from '../ingest/ingest-rows.mapper.js';
import { writeImport } from '../ingest/ingest-writer.js';
import { storedImportCounts } from '../ingest/log-import.repository.js';
import { toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import {
  DAY_FULFILLED_BY,
  DELETE_SESSION,
  MISSING_EXERCISE_IDS,
  SESSION_DETAIL,
  SESSION_KEY,
  SET_SESSION_EXTRAS,
  SET_SET_EXTRAS,
} from './workout.cypher.js';

export interface WorkoutSetInput {
  /** Null only for a set not done. */
  reps: number | null;
  weightKg: number | null;
  rpe?: number | null;
  rir?: number | null;
  type?: SetType;
  /** false: the set was left blank; stored as not done (reps null), never dropped. Default true. */
  done?: boolean;
  /** Actual rest before the set (s), from the rest timer. */
  restBeforeSec?: number | null;
}

/** One session an athlete logged in the app, exercises by catalog id (no name matching needed). */
export interface WorkoutInput {
  athleteId: string;
  programId?: string | null;
  /** The program day (0-based week and session of the week) this session fulfils; with programId. */
  week?: number | null;
  day?: number | null;
  /** Local start, ISO 8601 without zone (`2025-03-02T18:00:00`); its date is the session's date. */
  startedAt: string;
  /** The session's key (its id is athlete/key); default `startedAt`. A caller without a real start time gives a unique one. */
  key?: string;
  endedAt?: string | null;
  title?: string | null;
  notes?: string | null;
  durationMin?: number | null;
  sessionRpe?: number | null;
  performances: Array<{ exerciseId: string; sets: WorkoutSetInput[] }>;
  loggedBy: string;
}

export interface LoggedWorkout {
  sessionId: string;
  performances: number;
  sets: number;
}

/** A stored session with its exercises and sets, as the app edits it. */
export interface SessionDetail {
  id: string;
  athleteId: string;
  exercises: Array<{
    exerciseId: string;
    exerciseName: string;
    sets: Array<{
      reps: number | null;
      weightKg: number | null;
      rir: number | null;
      rpe: number | null;
      restSec: number | null;
      done: boolean;
      warmup: boolean;
    }>;
  }>;
}

// Names in an app-logged workout are already catalog ids: match them to themselves.
const ID_MATCHER: ExerciseMatcher = { match: (name) => ({ exerciseId: name, confidence: 1, method: 'exact' }) };

function toLog(input: WorkoutInput, key: string): WorkoutLog {
  const date = input.startedAt.slice(0, 10);
  const performances = input.performances.map((p, order) => ({
    order,
    exerciseName: p.exerciseId,
    notes: null,
    supersetId: null,
    sets: p.sets.map((s, index): LoggedSet => {
      const done = s.done !== false;
      return {
        index,
        type: s.type ?? 'working',
        reps: done ? s.reps : null,
        weightKg: s.weightKg as LoggedSet['weightKg'],
        originalWeight: s.weightKg,
        originalUnit: 'kg',
        rpe: done ? (s.rpe ?? null) : null,
        rir: done ? (s.rir ?? null) : null,
        restSec: null,
        distanceM: null,
        durationSec: null,
        sourceLine: index + 1,
      };
    }),
  }));
  const session = {
    key,
    startedAt: input.startedAt,
    date,
    title: input.title ?? null,
    durationMin: input.durationMin ?? null,
    notes: input.notes ?? null,
    sessionRpe: input.sessionRpe ?? null,
    performances,
  };
  return { format: 'liftgraph', unit: 'kg', unitSource: 'caller', sessions: [session] };
}

const int = (n: number | null | undefined): neo4j.Integer | null => (n == null ? null : neo4j.int(n));

/** Refuses a program day that does not exist, is skipped, or that another session already fulfils. */
async function assertDayOpen(tx: ManagedTransaction, input: WorkoutInput, sessionId: string): Promise<void> {
  if (input.programId == null || input.week == null || input.day == null) return;
  const params = { programId: input.programId, week: int(input.week), day: int(input.day), sessionId };
  const rows = (await tx.run(DAY_FULFILLED_BY, params)).records;
  const place = `week ${input.week + 1}, day ${input.day + 1} of program ${input.programId}`;
  if (rows.length === 0) throw new Neo4jStoreError('NOT_FOUND', `${place} does not exist; pick a day of the program`);
  const other = rows.map((r) => toNullableString(r.get('sessionId'), 'sessionId')).find((id) => id !== null);
  if (other !== undefined && other !== null) {
    const when = toNullableString(rows[0]?.get('sessionDate'), 'sessionDate');
    throw new Neo4jStoreError(
      'INVALID_ARGUMENT',
      `${place} is already done (session ${other}${when === null ? '' : ` on ${when}`}); edit that session or log this one without a program day`,
    );
  }
}

/** Writes the session tree, then what the app adds (end, notes, program day, per-set done and rest), in `tx`. */
async function writeWorkout(tx: ManagedTransaction, input: WorkoutInput, key: string, importId: string): Promise<string> {
  const rows = buildIngestRows(input.athleteId, toLog(input, key), ID_MATCHER);
  const session = rows.sessions[0];
  if (session === undefined) throw new Neo4jStoreError('INVALID_ARGUMENT', 'a workout needs at least one exercise');
  const ids = [...new Set(input.performances.map((p) => p.exerciseId))];
  const missing = ((await tx.run(MISSING_EXERCISE_IDS, { ids })).records[0]?.get('missing') as string[] | undefined) ?? [];
  if (missing.length > 0)
    throw new Neo4jStoreError('NOT_FOUND', `unknown exercise ids: ${missing.join(', ')}; pick exercises from the catalog`);
  await assertDayOpen(tx, input, session.id);
  await writeImport(tx, rows, {
    importId,
    importedAt: new Date().toISOString(),
    importedBy: input.loggedBy,
    athleteName: null,
    batchSize: 10_000,
    importProps: {
      athleteId: input.athleteId,
      format: 'app',
      unit: 'kg',
      sessions: neo4j.int(1),
      performances: neo4j.int(rows.counts.performances),
      sets: neo4j.int(rows.counts.sets),
      unmapped: [],
    },
  });
  const linked = await tx.run(SET_SESSION_EXTRAS, {
    sessionId: session.id,
    endedAt: input.endedAt ?? null,
    notes: input.notes ?? null,
    programId: input.programId ?? null,
    week: int(input.week),
    day: int(input.day),
  });
  if (input.programId != null && linked.records[0]?.get('program') !== true)
    throw new Neo4jStoreError('NOT_FOUND', `program ${input.programId} does not exist`);
  const setRows = input.performances.flatMap((p, order) =>
    p.sets.map((s, index) => ({
      performanceId: performanceIdOf(session.id, { order } as Parameters<typeof performanceIdOf>[1]),
      index: neo4j.int(index),
      done: s.done !== false,
      restBeforeSec: s.restBeforeSec ?? null,
    })),
  );
  await tx.run(SET_SET_EXTRAS, { rows: setRows });
  return session.id;
}

/**
 * Writes one app-logged session (Session → Performance → Set, NEXT/THEN edges, session load) through
 * the same ingestion path as file imports, with the program day it fulfils, in one transaction: an
 * unknown exercise or program, a program day already done, or a start time another session has → nothing written.
 */
export async function logWorkout(db: GraphDb, input: WorkoutInput): Promise<LoggedWorkout> {
  const key = input.key ?? input.startedAt;
  const importId = `${input.athleteId}/app/${key}`;
  const sessionId = await writeTx(db, 'workout.log', async (tx) => {
    const taken = await tx.run('MATCH (s:Session {id: $id}) RETURN s.id AS id', { id: `${input.athleteId}/${key}` });
    if (taken.records.length > 0)
      throw new Neo4jStoreError(
        'INVALID_ARGUMENT',
        `a session of athlete ${input.athleteId} already starts at ${input.startedAt}; edit it (updateWorkout) or give this one another startedAt`,
      );
    return writeWorkout(tx, input, key, importId);
  });
  const counts = await storedImportCounts(db, importId);
  return { sessionId, performances: counts.performances, sets: counts.sets };
}

/**
 * Replaces a stored session with `input` (same session id: its key is kept, so the start time may
 * change), in one transaction; the stored metrics follow since they are computed from the stored sets.
 * Null when the session does not exist.
 */
export async function updateWorkout(db: GraphDb, sessionId: string, input: WorkoutInput): Promise<LoggedWorkout | null> {
  const done = await writeTx(db, 'workout.update', async (tx) => {
    const row = (await tx.run(SESSION_KEY, { sessionId })).records[0];
    if (row === undefined) return null;
    const athleteId = toStringValue(row.get('athleteId'), 'athleteId');
    if (athleteId !== input.athleteId)
      throw new Neo4jStoreError('INVALID_ARGUMENT', `session ${sessionId} belongs to athlete ${athleteId}, not ${input.athleteId}`);
    const key = toStringValue(row.get('key'), 'key');
    const importId = toNullableString(row.get('importId'), 'importId') ?? `${athleteId}/app/${key}`;
    await writeWorkout(tx, input, key, importId);
    return importId;
  });
  if (done === null) return null;
  const counts = await storedImportCounts(db, done);
  return { sessionId, performances: counts.performances, sets: counts.sets };
}

/** Deletes a session with its performances and sets (NEXT chains closed around them); false when it does not exist. */
export function deleteWorkout(db: GraphDb, sessionId: string): Promise<boolean> {
  return writeTx(db, 'workout.delete', async (tx) => {
    if ((await tx.run(SESSION_KEY, { sessionId })).records.length === 0) return false;
    await tx.run(DELETE_SESSION, { sessionId });
    return true;
  });
}

type Raw = Record<string, unknown>;

/** Sessions with their exercises and sets in order (missing ids are left out). */
export function sessionDetails(db: GraphDb, ids: readonly string[]): Promise<SessionDetail[]> {
  return readTx(db, 'workout.sessionDetails', async (tx) =>
    (await tx.run(SESSION_DETAIL, { ids })).records.map((r) => ({
      id: toStringValue(r.get('id'), 'id'),
      athleteId: toStringValue(r.get('athleteId'), 'athleteId'),
      exercises: (r.get('performances') as Raw[])
        .sort((a, b) => toNumber(a.order, 'order') - toNumber(b.order, 'order'))
        .map((p) => ({
          exerciseId: toStringValue(p.exerciseId, 'exerciseId'),
          exerciseName: toNullableString(p.exerciseName, 'exerciseName') ?? toStringValue(p.exerciseId, 'exerciseId'),
          sets: (p.sets as Raw[])
            .sort((a, b) => toNumber(a.index, 'index') - toNumber(b.index, 'index'))
            .map((st) => ({
              reps: toNullableNumber(st.reps, 'reps'),
              weightKg: toNullableNumber(st.weightKg, 'weightKg'),
              rir: toNullableNumber(st.rir, 'rir'),
              rpe: toNullableNumber(st.rpe, 'rpe'),
              restSec: toNullableNumber(st.restBeforeSec, 'restBeforeSec'),
              done: st.done !== false,
              warmup: st.type === 'warmup',
            })),
        })),
    })),
  );
}
