import type { Record as Neo4jRecord } from 'neo4j-driver';
import { toNullableString, toNumber, toStringValue } from '../integer.mapper.js';

/** An exercise as the query API returns it (catalog fields; muscles via `sharedMuscles`/`byMuscle`). */
export interface ExerciseSummary {
  id: string;
  name: string;
  mechanic: string;
  force: string | null;
  equipment: string;
  level: string;
  category: string;
  pattern: string;
  source: string;
  bodyweight: boolean;
}

/** An exercise with the query's ranking score (share, similarity, …) and, where known, why. */
export interface RankedExercise {
  exercise: ExerciseSummary;
  score: number;
  basis: string | null;
}

export function toExerciseSummary(value: unknown): ExerciseSummary {
  const v = (value ?? {}) as Record<string, unknown>;
  return {
    id: toStringValue(v.id, 'exercise.id'),
    name: toStringValue(v.name, 'exercise.name'),
    mechanic: toStringValue(v.mechanic, 'exercise.mechanic'),
    force: toNullableString(v.force, 'exercise.force'),
    equipment: toStringValue(v.equipment, 'exercise.equipment'),
    level: toStringValue(v.level, 'exercise.level'),
    category: toStringValue(v.category, 'exercise.category'),
    pattern: toStringValue(v.pattern, 'exercise.pattern'),
    source: toStringValue(v.source, 'exercise.source'),
    bodyweight: v.bodyweight === true,
  };
}

export function toRankedExercise(r: Neo4jRecord): RankedExercise {
  return {
    exercise: toExerciseSummary(r.get('exercise')),
    score: toNumber(r.get('score'), 'score'),
    basis: r.has('basis') ? toNullableString(r.get('basis'), 'basis') : null,
  };
}
