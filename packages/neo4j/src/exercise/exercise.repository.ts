import type { Equipment, Exercise, MovementPatternId, MuscleGroupId } from '@liftgraph/domain';
import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';
import { readTx } from '../tx.js';
import {
  EXERCISE_NEIGHBOURS,
  EXERCISES_BY_EQUIPMENT,
  EXERCISES_BY_MUSCLE,
  EXERCISES_BY_PATTERN,
  SHARED_MUSCLES,
  SIMILAR_EXERCISES,
  SUBSTITUTES,
  TRANSFER_PATHS,
} from './exercise.cypher.js';
import { type ExerciseSummary, type RankedExercise, toExerciseSummary, toRankedExercise } from './exercise.mapper.js';

export interface SharedMuscleRow {
  muscle: string;
  roleA: string;
  shareA: number;
  roleB: string;
  shareB: number;
  overlap: number;
}

export interface TransferPath {
  exerciseIds: string[];
  /** Product of the TRANSFERS_TO weights along the path, in (0, 1]. */
  weight: number;
}

/** One TRANSFERS_TO or SIMILAR_TO edge at an exercise, seen from that exercise. */
export interface ExerciseNeighbour {
  exercise: ExerciseSummary;
  kind: 'TRANSFERS_TO' | 'SIMILAR_TO';
  /** `out`: this exercise → neighbour; `in`: neighbour → this exercise. */
  direction: 'out' | 'in';
  /** TRANSFERS_TO weight or SIMILAR_TO score. */
  weight: number;
  basis: string | null;
}

const DEFAULT_LIMIT = 50;

/** Read-only queries over the exercise catalog graph. */
export class ExerciseRepository {
  constructor(private readonly db: GraphDb) {}

  byMuscle(muscle: MuscleGroupId, opts: { role?: 'primary' | 'secondary'; limit?: number } = {}): Promise<RankedExercise[]> {
    return this.ranked('exercise.byMuscle', EXERCISES_BY_MUSCLE, { muscle, role: opts.role ?? null }, opts.limit);
  }

  byPattern(pattern: MovementPatternId, limit?: number): Promise<RankedExercise[]> {
    return this.ranked('exercise.byPattern', EXERCISES_BY_PATTERN, { pattern }, limit);
  }

  byEquipment(equipment: readonly Equipment[], limit?: number): Promise<RankedExercise[]> {
    return this.ranked('exercise.byEquipment', EXERCISES_BY_EQUIPMENT, { equipment }, limit);
  }

  similar(exerciseId: string, limit = 10): Promise<RankedExercise[]> {
    return this.ranked('exercise.similar', SIMILAR_EXERCISES, { exerciseId }, limit);
  }

  /**
   * Alternatives to `exerciseId` that use only `equipment` (e.g. a home gym's kit); only exercises of
   * the given catalog `sources` when given (swaps offer curated exercises only, not free-exercise-db's).
   */
  substitutes(
    exerciseId: string,
    equipment: readonly Equipment[],
    limit = 10,
    opts: { sources?: ReadonlyArray<Exercise['source']> } = {},
  ): Promise<RankedExercise[]> {
    return this.ranked('exercise.substitutes', SUBSTITUTES, { exerciseId, equipment, sources: opts.sources ?? null }, limit);
  }

  sharedMuscles(a: string, b: string): Promise<SharedMuscleRow[]> {
    return readTx(this.db, 'exercise.sharedMuscles', async (tx) => {
      const res = await tx.run(SHARED_MUSCLES, { a, b });
      return res.records.map((r) => ({
        muscle: toStringValue(r.get('muscle'), 'muscle'),
        roleA: toStringValue(r.get('roleA'), 'roleA'),
        shareA: toNumber(r.get('shareA'), 'shareA'),
        roleB: toStringValue(r.get('roleB'), 'roleB'),
        shareB: toNumber(r.get('shareB'), 'shareB'),
        overlap: toNumber(r.get('overlap'), 'overlap'),
      }));
    });
  }

  /** TRANSFERS_TO chains from → to (at most `maxHops` ≤ 3 edges), strongest first. */
  transferPaths(from: string, to: string, opts: { maxHops?: number; limit?: number } = {}): Promise<TransferPath[]> {
    const maxHops = Math.min(3, opts.maxHops ?? 3);
    return readTx(this.db, 'exercise.transferPaths', async (tx) => {
      const res = await tx.run(TRANSFER_PATHS, {
        from,
        to,
        maxHops: toNeo4jInt(maxHops, 'maxHops'),
        limit: toNeo4jInt(opts.limit ?? 10, 'limit'),
      });
      return res.records.map((r) => ({ exerciseIds: r.get('exerciseIds') as string[], weight: toNumber(r.get('weight'), 'weight') }));
    });
  }

  /** TRANSFERS_TO and SIMILAR_TO neighbours in both directions, the strongest `limit` per kind and direction. */
  neighbours(exerciseId: string, limit = 10): Promise<ExerciseNeighbour[]> {
    return readTx(this.db, 'exercise.neighbours', async (tx) => {
      const res = await tx.run(EXERCISE_NEIGHBOURS, { exerciseId, limit: toNeo4jInt(limit, 'limit') });
      return res.records.map((r) => ({
        exercise: toExerciseSummary(r.get('exercise')),
        kind: toStringValue(r.get('kind'), 'kind') === 'TRANSFERS_TO' ? 'TRANSFERS_TO' : 'SIMILAR_TO',
        direction: toStringValue(r.get('direction'), 'direction') === 'in' ? 'in' : 'out',
        weight: toNumber(r.get('weight'), 'weight'),
        basis: toNullableString(r.get('basis'), 'basis'),
      }));
    });
  }

  private ranked(op: string, cypher: string, params: Record<string, unknown>, limit = DEFAULT_LIMIT): Promise<RankedExercise[]> {
    return readTx(this.db, op, async (tx) => {
      const res = await tx.run(cypher, { ...params, limit: toNeo4jInt(limit, 'limit') });
      return res.records.map(toRankedExercise);
    });
  }
}
