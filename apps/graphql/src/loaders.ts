import type { AthleteProfile, ExerciseSummary, ExerciseTarget, StoredProgram } from '@liftgraph/neo4j';
import DataLoader from 'dataloader';
import { athleteStatus, type AthleteStatus, statusWindowStart } from './modules/athlete/athlete-status.js';
import type { Repositories } from './repositories.js';

/** The loaded values of a `loadMany`, without misses (null) and per-key errors. */
export function found<T>(values: ReadonlyArray<T | null | Error>): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

const byKey = <K, V>(keys: readonly K[], rows: readonly V[], key: (v: V) => K): Array<V | null> => {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
};

const groupBy = <K, V>(keys: readonly K[], rows: readonly V[], key: (v: V) => K): V[][] => {
  const map = new Map<K, V[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return keys.map((k) => map.get(k) ?? []);
};

export const MUSCLE_EXERCISE_LIMIT = 10;

/** Per-request DataLoaders: every relation the schema exposes is fetched in one batch per tick. */
export function createLoaders(repos: Repositories, today: () => string) {
  return {
    exerciseById: new DataLoader<string, ExerciseSummary | null>(async (ids) =>
      byKey(ids, await repos.exerciseBatch.byIds(ids), (e) => e.id),
    ),
    targetsByExerciseId: new DataLoader<string, ExerciseTarget[]>(async (ids) =>
      groupBy(ids, await repos.exerciseBatch.targetsByExerciseIds(ids), (t) => t.exerciseId),
    ),
    exerciseIdsByMuscleId: new DataLoader<string, string[]>(async (ids) => {
      const map = await repos.exerciseBatch.exerciseIdsByMuscleIds(ids, MUSCLE_EXERCISE_LIMIT);
      return ids.map((id) => map.get(id) ?? []);
    }),
    athleteById: new DataLoader<string, AthleteProfile | null>(async (ids) =>
      byKey(ids, await repos.roster.athletesByIds(ids), (a) => a.id),
    ),
    statusByAthleteId: new DataLoader<string, AthleteStatus>(async (ids) => {
      const now = today();
      const inputs = new Map((await repos.roster.statusInputs(ids, statusWindowStart(now))).map((i) => [i.athleteId, i]));
      return ids.map((athleteId) =>
        athleteStatus({ ...(inputs.get(athleteId) ?? { athleteId, loads: [], lastSessionDate: null, activeProgram: null }), today: now }),
      );
    }),
    programIdsByAthleteId: new DataLoader<string, string[]>(async (ids) => {
      const map = await repos.roster.programIdsByAthleteIds(ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    programById: new DataLoader<string, StoredProgram | null>(async (ids) =>
      byKey(ids, await repos.roster.programsByIds(ids), (p) => p.programId),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
