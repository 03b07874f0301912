import type { AthleteLog, Exercise, ExerciseResolver, Kilograms, LoggedPerformance, LoggedSession, LoggedSet, Seconds, SetType } from '@liftgraph/domain';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { toStringValue } from '../integer.mapper.js';

type Column<T> = readonly T[];
const col = <T>(r: Neo4jRecord, key: string): Column<T> => r.get(key) as T[];
const SET_TYPES: readonly SetType[] = ['working', 'warmup', 'drop', 'failure'];

/** Where each performance's exercise id came from, for the name resolver. */
export interface StoredExerciseRef {
  exerciseName: string;
  exerciseId: string;
}

/**
 * Rebuilds the domain `AthleteLog`s from the columnar export records: sessions (ordered by start) and
 * their performances with sets (ordered by index), the shapes the CSV importers produce. Values a
 * log never carries into the graph (original unit, source line) are filled neutrally: kg, 0.
 */
export function toAthleteLogs(sessionRecords: readonly Neo4jRecord[], performanceRecords: readonly Neo4jRecord[]): { logs: AthleteLog[]; refs: StoredExerciseRef[] } {
  const byAthlete = new Map<string, LoggedSession[]>();
  const sessionById = new Map<string, LoggedSession>();
  for (const r of sessionRecords) {
    const athleteId = toStringValue(r.get('athleteId'), 'athleteId');
    let sessions = byAthlete.get(athleteId);
    if (sessions === undefined) byAthlete.set(athleteId, (sessions = []));
    const [id, key, startedAt, date] = [col<string>(r, 'id'), col<string>(r, 'key'), col<string>(r, 'startedAt'), col<string>(r, 'date')];
    const [title, durationMin, sessionRpe, notes] = [col<string | null>(r, 'title'), col<number | null>(r, 'durationMin'), col<number | null>(r, 'sessionRpe'), col<string | null>(r, 'notes')];
    for (let k = 0; k < id.length; k += 1) {
      const session: LoggedSession = {
        key: key[k] ?? '', startedAt: startedAt[k] ?? '', date: date[k] ?? '', title: title[k] ?? null,
        durationMin: durationMin[k] ?? null, notes: notes[k] ?? null, sessionRpe: sessionRpe[k] ?? null, performances: [],
      };
      sessions.push(session);
      sessionById.set(id[k] ?? '', session);
    }
  }
  const refs: StoredExerciseRef[] = [];
  for (const r of performanceRecords) {
    const [sessionId, order, exerciseName, exerciseId] = [col<string>(r, 'sessionId'), col<number>(r, 'order'), col<string>(r, 'exerciseName'), col<string>(r, 'exerciseId')];
    const [notes, supersetId] = [col<string | null>(r, 'notes'), col<string | null>(r, 'supersetId')];
    const sets = setColumns(r);
    for (let k = 0; k < sessionId.length; k += 1) {
      const session = sessionById.get(sessionId[k] ?? '');
      if (session === undefined) continue;
      const name = exerciseName[k] ?? '';
      refs.push({ exerciseName: name, exerciseId: exerciseId[k] ?? '' });
      const performance: LoggedPerformance = { order: order[k] ?? 0, exerciseName: name, sets: sets(k), notes: notes[k] ?? null, supersetId: supersetId[k] ?? null };
      session.performances.push(performance);
    }
  }
  const logs = [...byAthlete].map(([athleteId, sessions]) => ({ athleteId, sessions }));
  return { logs, refs };
}

function setColumns(r: Neo4jRecord): (k: number) => LoggedSet[] {
  const index = col<Column<number>>(r, 'setIndex');
  const type = col<Column<string>>(r, 'setType');
  const reps = col<Column<number | null>>(r, 'setReps');
  const weightKg = col<Column<number | null>>(r, 'setWeightKg');
  const rpe = col<Column<number | null>>(r, 'setRpe');
  const rir = col<Column<number | null>>(r, 'setRir');
  const restSec = col<Column<number | null>>(r, 'setRestSec');
  const distanceM = col<Column<number | null>>(r, 'setDistanceM');
  const durationSec = col<Column<number | null>>(r, 'setDurationSec');
  return (k) => {
    const n = index[k]?.length ?? 0;
    const out: LoggedSet[] = new Array<LoggedSet>(n);
    for (let s = 0; s < n; s += 1) {
      const w = weightKg[k]?.[s] ?? null;
      const t = type[k]?.[s] ?? 'working';
      const rest = restSec[k]?.[s] ?? null;
      const duration = durationSec[k]?.[s] ?? null;
      out[s] = {
        index: index[k]?.[s] ?? s, type: SET_TYPES.includes(t as SetType) ? (t as SetType) : 'working', reps: reps[k]?.[s] ?? null,
        weightKg: w as Kilograms | null, originalWeight: w, originalUnit: 'kg', rpe: rpe[k]?.[s] ?? null, rir: rir[k]?.[s] ?? null,
        restSec: rest as Seconds | null, distanceM: distanceM[k]?.[s] ?? null, durationSec: duration as Seconds | null, sourceLine: 0,
      };
    }
    // Pattern comprehensions come back in relationship-chain order, not by index.
    return out.sort((a, b) => a.index - b.index);
  };
}

/**
 * Resolves logged names through the exercise ids stored on the performances: a catalog id gives the
 * catalog exercise; a custom exercise (source `custom`, no muscle profile) or an unknown id counts as
 * unmapped (null), exactly as the CSV path's confident-match resolver treats names it cannot map.
 * Names are resolved once; the first stored id of a name wins (ids come from one deterministic matcher).
 */
export function storedIdResolver(refs: readonly StoredExerciseRef[], catalog: readonly Exercise[]): ExerciseResolver {
  const byId = new Map(catalog.filter((e) => e.source !== 'custom').map((e) => [e.id, e]));
  const byName = new Map<string, Exercise | null>();
  for (const ref of refs) if (!byName.has(ref.exerciseName)) byName.set(ref.exerciseName, byId.get(ref.exerciseId) ?? null);
  return (name) => byName.get(name) ?? null;
}
