import type { ExerciseMatcher, LoggedSet, SetType, WorkoutLog } from '@liftgraph/domain';
import neo4j from 'neo4j-driver';
import { Neo4jStoreError } from '../errors.js';
import type { GraphDb } from '../graph-db.js';
import { buildIngestRows } from '../ingest/ingest-rows.mapper.js';
import { writeImport } from '../ingest/ingest-writer.js';
import { storedImportCounts } from '../ingest/log-import.repository.js';
import { writeTx } from '../tx.js';
import { LINK_SESSION_PROGRAM, MISSING_EXERCISE_IDS } from './workout.cypher.js';

export interface WorkoutSetInput {
  reps: number;
  weightKg: number | null;
  rpe?: number | null;
  rir?: number | null;
  type?: SetType;
}

/** One session an athlete logged in the app, exercises by catalog id (no name matching needed). */
export interface WorkoutInput {
  athleteId: string;
  programId?: string | null;
  /** Local start, ISO 8601 without zone (`2025-03-02T18:00:00`). */
  startedAt: string;
  title?: string | null;
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

// Names in an app-logged workout are already catalog ids: match them to themselves.
const ID_MATCHER: ExerciseMatcher = { match: (name) => ({ exerciseId: name, confidence: 1, method: 'exact' }) };

function toLog(input: WorkoutInput): WorkoutLog {
  const date = input.startedAt.slice(0, 10);
  const performances = input.performances.map((p, order) => ({
    order,
    exerciseName: p.exerciseId,
    notes: null,
    supersetId: null,
    sets: p.sets.map((s, index): LoggedSet => ({
      index,
      type: s.type ?? 'working',
      reps: s.reps,
      weightKg: s.weightKg as LoggedSet['weightKg'],
      originalWeight: s.weightKg,
      originalUnit: 'kg',
      rpe: s.rpe ?? null,
      rir: s.rir ?? null,
      restSec: null,
      distanceM: null,
      durationSec: null,
      sourceLine: index + 1,
    })),
  }));
  const session = {
    key: input.startedAt,
    startedAt: input.startedAt,
    date,
    title: input.title ?? null,
    durationMin: input.durationMin ?? null,
    notes: null,
    sessionRpe: input.sessionRpe ?? null,
    performances,
  };
  return { format: 'liftgraph', unit: 'kg', unitSource: 'caller', sessions: [session] };
}

/**
 * Writes one app-logged session (Session → Performance → Set, NEXT/THEN edges, session load) through
 * the same ingestion path as file imports, in one transaction: unknown exercises or program → nothing written.
 */
export async function logWorkout(db: GraphDb, input: WorkoutInput): Promise<LoggedWorkout> {
  const rows = buildIngestRows(input.athleteId, toLog(input), ID_MATCHER);
  const sessionId = rows.sessions[0]?.id;
  if (sessionId === undefined) throw new Neo4jStoreError('INVALID_ARGUMENT', 'a workout needs at least one exercise');
  const importId = `${input.athleteId}/app/${input.startedAt}`;
  await writeTx(db, 'workout.log', async (tx) => {
    const ids = [...new Set(input.performances.map((p) => p.exerciseId))];
    const missing = ((await tx.run(MISSING_EXERCISE_IDS, { ids })).records[0]?.get('missing') as string[] | undefined) ?? [];
    if (missing.length > 0)
      throw new Neo4jStoreError('NOT_FOUND', `unknown exercise ids: ${missing.join(', ')}; pick exercises from the catalog`);
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
    if (input.programId != null) {
      const linked = await tx.run(LINK_SESSION_PROGRAM, { sessionId, programId: input.programId });
      if (linked.summary.counters.updates().propertiesSet === 0)
        throw new Neo4jStoreError('NOT_FOUND', `program ${input.programId} does not exist`);
    }
  });
  const counts = await storedImportCounts(db, importId);
  return { sessionId, performances: counts.performances, sets: counts.sets };
}
