import type {
  AthleteLog,
  Exercise,
  ExerciseResolver,
  Kilograms,
  LoggedPerformance,
  LoggedSession,
  LoggedSet,
  Seconds,
  SetType,
} from '@liftgraph/domain';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { toStringValue } from '../integer.mapper.js';

const SET_TYPES: ReadonlySet<string> = new Set<SetType>(['working', 'warmup', 'drop', 'failure']);

/** [index, type, reps, weightKg, rpe, rir, restSec, distanceM, durationSec] as EXPORT_SESSIONS returns it. */
type SetTuple = [
  number,
  string | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
];
/** [order, exerciseName, exerciseId, notes, supersetId, sets]. */
type PerformanceTuple = [number, string, string, string | null, string | null, SetTuple[]];

/** The stored exercise id of each logged name: the first one met (ids come from one deterministic matcher). */
export type StoredExerciseIds = Map<string, string>;

function toSet(t: SetTuple, position: number): LoggedSet {
  const [index, type, reps, weightKg, rpe, rir, restSec, distanceM, durationSec] = t;
  return {
    index: index ?? position,
    type: type !== null && SET_TYPES.has(type) ? (type as SetType) : 'working',
    reps,
    weightKg: weightKg as Kilograms | null,
    originalWeight: weightKg,
    originalUnit: 'kg',
    rpe,
    rir,
    restSec: restSec as Seconds | null,
    distanceM,
    durationSec: durationSec as Seconds | null,
    sourceLine: 0,
  };
}

function toPerformance(t: PerformanceTuple, exerciseIds: StoredExerciseIds): LoggedPerformance {
  const [order, exerciseName, exerciseId, notes, supersetId, setTuples] = t;
  if (!exerciseIds.has(exerciseName)) exerciseIds.set(exerciseName, exerciseId);
  // Pattern comprehensions come back in relationship-chain order, not by index.
  const sets = setTuples.map(toSet).sort((a, b) => a.index - b.index);
  return { order, exerciseName, sets, notes, supersetId };
}

/**
 * Rebuilds the domain `AthleteLog`s from the chunked export records: sessions in start order, each
 * with its performances and their sets (ordered by index), the shapes the CSV importers produce.
 * What a log never carries into the graph (original unit, source line) is filled neutrally: kg, 0.
 */
export function toAthleteLogs(records: readonly Neo4jRecord[]): { logs: AthleteLog[]; exerciseIds: StoredExerciseIds } {
  const byAthlete = new Map<string, LoggedSession[]>();
  const exerciseIds: StoredExerciseIds = new Map();
  for (const r of records) {
    const athleteId = toStringValue(r.get('athleteId'), 'athleteId');
    let sessions = byAthlete.get(athleteId);
    if (sessions === undefined) byAthlete.set(athleteId, (sessions = []));
    const key = r.get('key') as string[];
    const startedAt = r.get('startedAt') as string[];
    const date = r.get('date') as string[];
    const title = r.get('title') as Array<string | null>;
    const durationMin = r.get('durationMin') as Array<number | null>;
    const sessionRpe = r.get('sessionRpe') as Array<number | null>;
    const notes = r.get('notes') as Array<string | null>;
    const performances = r.get('performances') as PerformanceTuple[][];
    for (let k = 0; k < key.length; k += 1) {
      sessions.push({
        key: key[k] ?? '',
        startedAt: startedAt[k] ?? '',
        date: date[k] ?? '',
        title: title[k] ?? null,
        durationMin: durationMin[k] ?? null,
        notes: notes[k] ?? null,
        sessionRpe: sessionRpe[k] ?? null,
        performances: (performances[k] ?? []).map((p) => toPerformance(p, exerciseIds)),
      });
    }
  }
  return { logs: [...byAthlete].map(([athleteId, sessions]) => ({ athleteId, sessions })), exerciseIds };
}

/**
 * Resolves logged names through the exercise ids stored on the performances: a catalog id gives the
 * catalog exercise; a custom exercise (source `custom`, no muscle profile) or an unknown id counts as
 * unmapped (null), exactly as the CSV path's confident-match resolver treats names it cannot map.
 * Names are resolved once; the first stored id of a name wins (ids come from one deterministic matcher).
 */
export function storedIdResolver(exerciseIds: StoredExerciseIds, catalog: readonly Exercise[]): ExerciseResolver {
  const byId = new Map(catalog.filter((e) => e.source !== 'custom').map((e) => [e.id, e]));
  const byName = new Map<string, Exercise | null>();
  for (const [name, id] of exerciseIds) byName.set(name, byId.get(id) ?? null);
  return (name) => byName.get(name) ?? null;
}
