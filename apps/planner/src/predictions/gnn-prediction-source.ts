import type { Exercise, LoggedSession } from '@liftgraph/domain';
import type { Predictor } from '@liftgraph/learning';
import type { Prediction, PredictionSource } from '../prescriptions/prediction-source.js';
import { type NextPerformanceGraph, nextPerformanceGraph } from './next-performance-graph.js';

/**
 * A PredictionSource over one athlete's log: the learning graph of the whole log is built once and
 * the model predicts every node in one pass; the prediction for an exercise is the one made at its
 * latest performance (the "next" occurrence is the session being planned). Exercises without a
 * finite prediction return null, so the overload rules decide for them. Pass `graph` when the caller
 * already built it (e.g. to explain the same nodes).
 */
export function gnnPredictionSource(
  predictor: Predictor,
  athleteId: string,
  sessions: readonly LoggedSession[],
  catalog: readonly Exercise[],
  graph: NextPerformanceGraph | null = nextPerformanceGraph(athleteId, sessions, catalog),
): PredictionSource {
  const byExercise = new Map<string, Prediction>();
  if (graph !== null) {
    const { lg } = graph;
    const y = predictor.predict(lg);
    for (const [id, i] of graph.latestByExercise) {
      const [weightKg, reps, restSec] = [y[i * 3], y[i * 3 + 1], y[i * 3 + 2]];
      if (weightKg === undefined || reps === undefined || !Number.isFinite(weightKg) || !Number.isFinite(reps)) continue;
      byExercise.set(id, {
        weightKg,
        reps: Math.max(1, Math.round(reps)),
        restSec: restSec !== undefined && Number.isFinite(restSec) ? restSec : 0,
        reasons: [`${predictor.metadata.modelName} from ${lg.nodes[i]?.date ?? '?'}`],
      });
    }
  }
  return {
    id: `gnn:${predictor.metadata.modelName}`,
    predict: ({ exerciseId }) => byExercise.get(exerciseId) ?? null,
  };
}
