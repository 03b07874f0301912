import type { DailyLoadMetric } from '@liftgraph/domain';
import { Neo4jStoreError } from '../errors.js';
import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import {
  CREATE_ATHLETE,
  E1RM_SERIES,
  SESSION_BY_ID,
  HARD_SET_ENTRIES,
  LOAD_SESSIONS,
  SESSIONS_PAGE,
  UPSERT_ATHLETE,
} from './athlete.cypher.js';
import { type SessionSummary, toLoadSession, toMuscleSetEntries, toSessionSummary, toSetForE1rm } from './athlete.mapper.js';
import { e1rmTrend, type E1rmTrendPoint, weeklyHardSets, weeklyLoadSeries, type WeeklyLoadPoint } from './training-metrics.js';

export interface AthleteInput {
  id: string;
  name: string;
  sex?: 'female' | 'male' | null;
  birthYear?: number | null;
  bodyweightKg?: number | null;
}

/** A new athlete with no history: their time zone (IANA) and preferred unit, and the coach creating them. */
export interface NewAthlete {
  id: string;
  name: string;
  timeZone: string;
  unit: 'kg' | 'lbs';
  bodyweightKg?: number | null;
  coachId?: string | null;
}

export interface SessionPage {
  sessions: SessionSummary[];
  /** Pass back as `after` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface DateRange {
  from?: string;
  to?: string;
}

const encodeCursor = (s: SessionSummary): string => Buffer.from(JSON.stringify([s.startedAt, s.id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') return [value[0], value[1]];
  } catch {
    // fall through to the error below
  }
  throw new Neo4jStoreError('INVALID_ARGUMENT', `cursor "${cursor}" is not one this API returned; pass nextCursor unchanged`);
}

/** An athlete's training history and the analytics computed from it with the domain's science. */
export class AthleteRepository {
  constructor(private readonly db: GraphDb) {}

  async upsert(a: AthleteInput): Promise<void> {
    const params = {
      id: a.id,
      name: a.name,
      sex: a.sex ?? null,
      birthYear: a.birthYear == null ? null : toNeo4jInt(a.birthYear, 'birthYear'),
      bodyweightKg: a.bodyweightKg ?? null,
    };
    await writeTx(this.db, 'athlete.upsert', (tx) => tx.run(UPSERT_ATHLETE, params));
  }

  /** Creates an athlete with no history (and COACHES from `coachId`); CONFLICT when the id is taken, nothing written. */
  async create(a: NewAthlete): Promise<void> {
    await writeTx(this.db, 'athlete.create', async (tx) => {
      if ((await tx.run('MATCH (a:Athlete {id: $id}) RETURN a.id AS id', { id: a.id })).records.length > 0)
        throw new Neo4jStoreError('CONFLICT', `athlete "${a.id}" already exists; pick another id`);
      await tx.run(CREATE_ATHLETE, { ...a, bodyweightKg: a.bodyweightKg ?? null, coachId: a.coachId ?? null });
    });
  }

  /** One session's summary; null when the athlete has no such session. */
  sessionById(athleteId: string, id: string): Promise<SessionSummary | null> {
    return readTx(this.db, 'athlete.sessionById', async (tx) => {
      const r = (await tx.run(SESSION_BY_ID, { athleteId, id })).records[0];
      return r === undefined ? null : toSessionSummary(r);
    });
  }

  /** Sessions newest first, `limit` per page, keyset-paginated (stable under concurrent imports). */
  sessions(athleteId: string, opts: { limit?: number; after?: string | null } = {}): Promise<SessionPage> {
    const limit = opts.limit ?? 20;
    const [afterStartedAt, afterId] = opts.after == null ? [null, null] : decodeCursor(opts.after);
    return readTx(this.db, 'athlete.sessions', async (tx) => {
      const res = await tx.run(SESSIONS_PAGE, { athleteId, afterStartedAt, afterId, limit: toNeo4jInt(limit, 'limit') });
      const sessions = res.records.map(toSessionSummary);
      const last = sessions[sessions.length - 1];
      return { sessions, nextCursor: sessions.length === limit && last !== undefined ? encodeCursor(last) : null };
    });
  }

  /**
   * The e1RM trend of one exercise, oldest first: the domain's capacity estimate (e1RM with its
   * low–high band) as of each session day, from every stored set up to that day (see `e1rmTrend`).
   */
  e1rmSeries(athleteId: string, exerciseId: string): Promise<E1rmTrendPoint[]> {
    return readTx(this.db, 'athlete.e1rmSeries', async (tx) => {
      const res = await tx.run(E1RM_SERIES, { athleteId, exerciseId });
      return e1rmTrend(
        res.records.map((r) => ({
          date: toStringValue(r.get('date'), 'date'),
          sessionId: toStringValue(r.get('sessionId'), 'sessionId'),
          sets: (r.get('sets') as unknown[]).map(toSetForE1rm),
        })),
      );
    });
  }

  /** Weekly load, monotony, strain and ACWR (domain science over the stored sets). */
  weeklyLoad(athleteId: string, range: DateRange = {}, metric: DailyLoadMetric = 'session-rpe'): Promise<WeeklyLoadPoint[]> {
    return readTx(this.db, 'athlete.weeklyLoad', async (tx) => {
      const res = await tx.run(LOAD_SESSIONS, { athleteId, from: range.from ?? null, to: range.to ?? null });
      return weeklyLoadSeries(res.records.map(toLoadSession), metric);
    });
  }

  /** Weekly hard sets per muscle (primary 1, secondary 0.5; RIR ≤ 4 or unlogged). */
  weeklyHardSets(athleteId: string, range: DateRange = {}): Promise<Array<{ weekStart: string; sets: Record<string, number> }>> {
    return readTx(this.db, 'athlete.weeklyHardSets', async (tx) => {
      const res = await tx.run(HARD_SET_ENTRIES, { athleteId, from: range.from ?? null, to: range.to ?? null });
      return weeklyHardSets(res.records.flatMap(toMuscleSetEntries));
    });
  }
}
