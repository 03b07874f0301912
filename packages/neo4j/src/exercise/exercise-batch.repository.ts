import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';
import { readTx } from '../tx.js';
import {
  EXERCISE_USAGE,
  EXERCISES_BY_IDS,
  EXERCISES_BY_MUSCLE_IDS,
  MUSCLE_GROUPS,
  POPULATION_SUMMARY,
  SEARCH_EXERCISES,
  TARGETS_BY_EXERCISE_IDS,
} from './exercise-batch.cypher.js';
import { type ExerciseSummary, toExerciseSummary } from './exercise.mapper.js';

export interface ExerciseTarget {
  exerciseId: string;
  muscle: string;
  role: string;
  share: number;
}

export interface MuscleGroupRow {
  id: string;
  name: string;
  region: string | null;
}

export interface ExerciseSearch {
  text?: string | null;
  muscle?: string | null;
  role?: 'primary' | 'secondary' | null;
  pattern?: string | null;
  equipment?: readonly string[] | null;
  mechanic?: string | null;
  limit: number;
  offset: number;
}

export interface ExerciseUsageRow {
  exerciseId: string;
  name: string;
  athletes: number;
  performances: number;
}

export interface PopulationSummary {
  athletes: number;
  sessions: number;
  performances: number;
  meanSessionLoadAu: number | null;
}

/** Batch-shaped catalog reads (N exercise ids → one statement) and anonymized aggregates. */
export class ExerciseBatchRepository {
  constructor(private readonly db: GraphDb) {}

  byIds(ids: readonly string[]): Promise<ExerciseSummary[]> {
    return readTx(this.db, 'exercise.byIds', async (tx) =>
      (await tx.run(EXERCISES_BY_IDS, { ids })).records.map((r) => toExerciseSummary(r.get('exercise'))),
    );
  }

  targetsByExerciseIds(ids: readonly string[]): Promise<ExerciseTarget[]> {
    return readTx(this.db, 'exercise.targetsByIds', async (tx) =>
      (await tx.run(TARGETS_BY_EXERCISE_IDS, { ids })).records.map((r) => ({
        exerciseId: toStringValue(r.get('exerciseId'), 'exerciseId'),
        muscle: toStringValue(r.get('muscle'), 'muscle'),
        role: toStringValue(r.get('role'), 'role'),
        share: toNumber(r.get('share'), 'share'),
      })),
    );
  }

  /** Top `limit` primary exercises per muscle group id. */
  exerciseIdsByMuscleIds(ids: readonly string[], limit: number): Promise<Map<string, string[]>> {
    return readTx(this.db, 'exercise.idsByMuscleIds', async (tx) => {
      const out = new Map<string, string[]>();
      for (const r of (await tx.run(EXERCISES_BY_MUSCLE_IDS, { ids, limit: toNeo4jInt(limit, 'limit') })).records) {
        out.set(toStringValue(r.get('muscle'), 'muscle'), r.get('exerciseIds') as string[]);
      }
      return out;
    });
  }

  muscleGroups(): Promise<MuscleGroupRow[]> {
    return readTx(this.db, 'exercise.muscleGroups', async (tx) =>
      (await tx.run(MUSCLE_GROUPS)).records.map((r) => ({
        id: toStringValue(r.get('id'), 'id'),
        name: toStringValue(r.get('name'), 'name'),
        region: toNullableString(r.get('region'), 'region'),
      })),
    );
  }

  search(q: ExerciseSearch): Promise<ExerciseSummary[]> {
    const params = {
      text: q.text == null || q.text.trim() === '' ? null : q.text.trim().toLowerCase(),
      muscle: q.muscle ?? null,
      role: q.role ?? null,
      pattern: q.pattern ?? null,
      equipment: q.equipment == null || q.equipment.length === 0 ? null : [...q.equipment],
      mechanic: q.mechanic ?? null,
      limit: toNeo4jInt(q.limit, 'limit'),
      offset: toNeo4jInt(q.offset, 'offset'),
    };
    return readTx(this.db, 'exercise.search', async (tx) =>
      (await tx.run(SEARCH_EXERCISES, params)).records.map((r) => toExerciseSummary(r.get('exercise'))),
    );
  }

  /** Usage counts with no athlete identity; exercises done by fewer than `minAthletes` athletes are withheld. */
  usage(opts: { minAthletes: number; limit: number }): Promise<ExerciseUsageRow[]> {
    return readTx(this.db, 'exercise.usage', async (tx) =>
      (
        await tx.run(EXERCISE_USAGE, { minAthletes: toNeo4jInt(opts.minAthletes, 'minAthletes'), limit: toNeo4jInt(opts.limit, 'limit') })
      ).records.map((r) => ({
        exerciseId: toStringValue(r.get('exerciseId'), 'exerciseId'),
        name: toStringValue(r.get('name'), 'name'),
        athletes: toNumber(r.get('athletes'), 'athletes'),
        performances: toNumber(r.get('performances'), 'performances'),
      })),
    );
  }

  populationSummary(): Promise<PopulationSummary> {
    return readTx(this.db, 'exercise.populationSummary', async (tx) => {
      const r = (await tx.run(POPULATION_SUMMARY)).records[0];
      if (r === undefined) return { athletes: 0, sessions: 0, performances: 0, meanSessionLoadAu: null };
      return {
        athletes: toNumber(r.get('athletes'), 'athletes'),
        sessions: toNumber(r.get('sessions'), 'sessions'),
        performances: toNumber(r.get('performances'), 'performances'),
        meanSessionLoadAu: toNullableNumber(r.get('meanSessionLoadAu'), 'meanSessionLoadAu'),
      };
    });
  }
}
