import {
  createExerciseMatcher,
  estimateSessionLoads,
  type Exercise,
  type ExerciseMatcher,
  LIFTGRAPH_CATALOG,
  type LoggedPerformance,
  type LoggedSession,
  resolveExerciseNames,
  type WorkoutLog,
} from '@liftgraph/domain';
import neo4j, { type Integer } from 'neo4j-driver';
import { exerciseRow, type ExerciseRow } from '../catalog/catalog-rows.mapper.js';
import { Neo4jStoreError } from '../errors.js';
import { isWorkingSet, meanRestSec, setE1rmKg, topSet, volumeKg } from './top-set.js';

type Props = Record<string, string | number | boolean | Integer | null>;

export interface SessionRow {
  id: string;
  props: Props;
}
/**
 * A performance's sets as parallel lists of primitives (null where the log has no value): far cheaper
 * to send and to UNWIND than one map per set. Sets get no id: one is known by its performance and index (V007).
 */
export interface SetColumns {
  index: number[];
  type: string[];
  reps: Array<number | null>;
  weightKg: Array<number | null>;
  rpe: Array<number | null>;
  rir: Array<number | null>;
  restSec: Array<number | null>;
  distanceM: Array<number | null>;
  durationSec: Array<number | null>;
}
export interface PerformanceRow {
  id: string;
  sessionId: string;
  exerciseId: string;
  props: Props;
  sets: SetColumns;
}

/** A parsed log flattened into the parameter rows of the ingestion statements. */
export interface IngestRows {
  athleteId: string;
  sessions: SessionRow[];
  performances: PerformanceRow[];
  /** (Performance)-[:THEN]->(Performance) pairs inside one session, by performance id. */
  then: Array<{ from: string; to: string }>;
  /** Catalog exercise ids the log maps to (must exist in the graph). */
  catalogExerciseIds: string[];
  customExercises: ExerciseRow[];
  /** Every exercise id touched (NEXT edges are recomputed for these). */
  exerciseIds: string[];
  /** Logged names no catalog exercise matched with confidence, sorted. */
  unmapped: string[];
  counts: { sessions: number; performances: number; sets: number };
}

let defaultMatcher: ExerciseMatcher | null = null;
/** The matcher imports use by default: the Liftgraph catalog's (built once). */
export function catalogMatcher(): ExerciseMatcher {
  defaultMatcher ??= createExerciseMatcher(LIFTGRAPH_CATALOG);
  return defaultMatcher;
}

const int = (n: number | null): Integer | null => (n === null ? null : neo4j.int(n));

// Null properties are not stored by Neo4j anyway; dropping them shrinks the UNWIND payload by ~40 %.
function compact(props: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== null) out[k] = v;
  return out;
}

/** Natural keys: athlete + session key (start time), then order, then set index. */
export const sessionIdOf = (athleteId: string, s: LoggedSession): string => `${athleteId}/${s.key}`;
export const performanceIdOf = (sessionId: string, p: LoggedPerformance): string => `${sessionId}/${p.order}`;

function performanceRow(
  athleteId: string,
  session: LoggedSession,
  sessionId: string,
  p: LoggedPerformance,
  exerciseId: string,
): PerformanceRow {
  const id = performanceIdOf(sessionId, p);
  const top = topSet(p.sets);
  return {
    id,
    sessionId,
    exerciseId,
    props: compact({
      athleteId,
      sessionId,
      exerciseId,
      exerciseName: p.exerciseName,
      date: session.date,
      startedAt: session.startedAt,
      order: neo4j.int(p.order),
      sets: neo4j.int(p.sets.filter(isWorkingSet).length),
      totalSets: neo4j.int(p.sets.length),
      reps: int(top?.reps ?? null),
      weightKg: top?.weightKg ?? null,
      restSec: meanRestSec(p.sets),
      rpe: top?.rpe ?? null,
      rir: top?.rir ?? null,
      volumeKg: volumeKg(p.sets),
      e1rmKg: top === null ? null : setE1rmKg(top),
      supersetId: p.supersetId,
      notes: p.notes,
    }),
    sets: {
      index: p.sets.map((s) => s.index),
      type: p.sets.map((s) => s.type),
      reps: p.sets.map((s) => s.reps),
      weightKg: p.sets.map((s) => s.weightKg),
      rpe: p.sets.map((s) => s.rpe),
      rir: p.sets.map((s) => s.rir),
      restSec: p.sets.map((s) => s.restSec),
      distanceM: p.sets.map((s) => s.distanceM),
      durationSec: p.sets.map((s) => s.durationSec),
    },
  };
}

/**
 * Flattens a parsed log for one athlete: deterministic ids, exercise names resolved with the domain
 * matcher (names below `CONFIDENT_MATCH` become custom exercises and are reported as unmapped),
 * top-set summaries and e1RM on each performance, and the session-RPE load proxy on each session.
 */
export function buildIngestRows(athleteId: string, log: WorkoutLog, matcher: ExerciseMatcher = catalogMatcher()): IngestRows {
  const names = log.sessions.flatMap((s) => s.performances.map((p) => p.exerciseName));
  const resolution = resolveExerciseNames(names, matcher);
  const idOfName = new Map<string, string>();
  for (const m of resolution.mapped) idOfName.set(m.name, m.exerciseId);
  const custom = new Map<string, Exercise>();
  for (const u of resolution.unmapped) {
    idOfName.set(u.name, u.custom.id);
    custom.set(u.custom.id, u.custom);
  }
  const ordered = [...log.sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const loads = estimateSessionLoads(ordered);
  const rows: IngestRows = {
    athleteId,
    sessions: [],
    performances: [],
    then: [],
    catalogExerciseIds: [...new Set(resolution.mapped.map((m) => m.exerciseId))].sort(),
    customExercises: [...custom.values()].sort((a, b) => a.id.localeCompare(b.id)).map(exerciseRow),
    exerciseIds: [],
    unmapped: resolution.unmapped.map((u) => u.name).sort(),
    counts: { sessions: 0, performances: 0, sets: 0 },
  };
  const touched = new Set<string>();
  const seenSessions = new Set<string>();
  ordered.forEach((session, i) => {
    const sessionId = sessionIdOf(athleteId, session);
    if (seenSessions.has(sessionId)) {
      throw new Neo4jStoreError(
        'INVALID_ARGUMENT',
        `the log has two sessions with the key "${session.key}" (started ${session.startedAt}): a session is identified by its athlete and key; merge them into one session or give each its own start time`,
      );
    }
    seenSessions.add(sessionId);
    const load = loads[i];
    rows.sessions.push({
      id: sessionId,
      props: {
        athleteId,
        key: session.key,
        startedAt: session.startedAt,
        date: session.date,
        title: session.title,
        durationMin: session.durationMin,
        sessionRpe: session.sessionRpe,
        notes: session.notes,
        loadAu: load?.loadAu ?? null,
        volumeLoadKg: load?.volumeLoadKg ?? null,
        sessionRpeSource: load?.sessionRpeSource ?? null,
      },
    });
    let prev: string | null = null;
    const orders = new Set<number>();
    for (const p of [...session.performances].sort((a, b) => a.order - b.order)) {
      if (orders.has(p.order)) {
        throw new Neo4jStoreError(
          'INVALID_ARGUMENT',
          `session "${session.key}" has two exercises at position ${p.order} (${p.exerciseName}): a performance is identified by its session and order; number the session's exercises 0, 1, 2, …`,
        );
      }
      orders.add(p.order);
      const exerciseId = idOfName.get(p.exerciseName) ?? '';
      const row = performanceRow(athleteId, session, sessionId, p, exerciseId);
      rows.performances.push(row);
      rows.counts.sets += row.sets.index.length;
      touched.add(exerciseId);
      if (prev !== null) rows.then.push({ from: prev, to: row.id });
      prev = row.id;
    }
  });
  rows.counts.sessions = rows.sessions.length;
  rows.counts.performances = rows.performances.length;
  rows.exerciseIds = [...touched].sort();
  return rows;
}
