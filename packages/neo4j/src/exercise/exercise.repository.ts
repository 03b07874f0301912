import type { Equipment, MovementPatternId, MuscleGroupId } from '@liftgraph/domain';
import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toNumber, toStringValue } from '../integer.mapper.js';
import { readTx } from '../tx.js';
import {
  EXERCISES_BY_EQUIPMENT, EXERCISES_BY_MUSCLE, EXERCISES_BY_PATTERN, SHARED_MUSCLES, SIMILAR_EXERCISES, SUBSTITUTES, TRANSFER_PATHS,
} from './exercise.cypher.js';
import { type RankedExercise, toRankedExercise } from './exercise.mapper.js';

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

  /** Alternatives to `exerciseId` that use only `equipment` (e.g. a home gym's kit). */
  substitutes(exerciseId: string, equipment: readonly Equipment[], limit = 10): Promise<RankedExercise[]> {
    return this.ranked('exercise.substitutes', SUBSTITUTES, { exerciseId, equipment }, limit);
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
      const res = await tx.run(TRANSFER_PATHS, { from, to, maxHops: toNeo4jInt(maxHops, 'maxHops'), limit: toNeo4jInt(opts.limit ?? 10, 'limit') });
      return res.records.map((r) => ({ exerciseIds: r.get('exerciseIds') as string[], weight: toNumber(r.get('weight'), 'weight') }));
    });
  }

  private ranked(op: string, cypher: string, params: Record<string, unknown>, limit = DEFAULT_LIMIT): Promise<RankedExercise[]> {
    return readTx(this.db, op, async (tx) => {
      const res = await tx.run(cypher, { ...params, limit: toNeo4jInt(limit, 'limit') });
      return res.records.map(toRankedExercise);
    });
  }
}
