import type { AthleteProfile, ExerciseSummary, ExerciseTarget, StoredProgram } from '@liftgraph/neo4j';
import DataLoader from 'dataloader';
import { addDays } from '@liftgraph/domain/science';
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
/**
 * The first day of load history any athlete's status needs, whatever their time zone: the window
 * before UTC's today, one day earlier (zones ahead of or behind UTC differ from it by at most a day).
 */
export const statusFetchFrom = (today: (timeZone: string) => string): string => addDays(statusWindowStart(today('UTC')), -1);

export function createLoaders(repos: Repositories, today: (timeZone: string) => string) {
  const athleteById = new DataLoader<string, AthleteProfile | null>(async (ids) =>
    byKey(ids, await repos.roster.athletesByIds(ids), (a) => a.id),
  );
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
    athleteById,
    statusByAthleteId: new DataLoader<string, AthleteStatus>(async (ids) => {
      // Each athlete's today is in their time zone: the profiles come through the (batched, cached) athlete loader.
      const [rows, profiles] = await Promise.all([repos.roster.statusInputs(ids, statusFetchFrom(today)), athleteById.loadMany(ids)]);
      const inputs = new Map(rows.map((i) => [i.athleteId, i]));
      const zones = new Map(found(profiles).map((p) => [p.id, p.timeZone]));
      return ids.map((athleteId) =>
        athleteStatus({
          ...(inputs.get(athleteId) ?? { athleteId, loads: [], lastSessionDate: null, activeProgram: null }),
          today: today(zones.get(athleteId) ?? 'UTC'),
        }),
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
