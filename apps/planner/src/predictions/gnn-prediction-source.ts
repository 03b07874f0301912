import { buildLearningGraph, type Exercise, type LoggedSession } from '@liftgraph/domain';
import type { Predictor } from '../learning/index.js';
import type { Prediction, PredictionSource } from '../prescriptions/prediction-source.js';
import { defaultResolver } from '../problem/athlete-state.js';

/**
 * A PredictionSource over one athlete's log: the learning graph of the whole log is built once and
 * the model predicts every node in one pass; the prediction for an exercise is the one made at its
 * latest performance (the "next" occurrence is the session being planned). Exercises without a
 * finite prediction return null, so the overload rules decide for them.
 */
export function gnnPredictionSource(predictor: Predictor, athleteId: string, sessions: readonly LoggedSession[], catalog: readonly Exercise[]): PredictionSource {
  const resolve = defaultResolver(catalog);
  const byExercise = new Map<string, Prediction>();
  if (sessions.length > 0) {
    // Cutoff after any session: masks do not matter for prediction.
    const lg = buildLearningGraph([{ athleteId, sessions: [...sessions] }], (name) => resolve(name), { cutoffDate: '9999-12-31', baselines: 'persistence' });
    const y = predictor.predict(lg);
    lg.nodes.forEach((node, i) => {
      const [weightKg, reps, restSec] = [y[i * 3], y[i * 3 + 1], y[i * 3 + 2]];
      if (weightKg === undefined || reps === undefined || !Number.isFinite(weightKg) || !Number.isFinite(reps)) return;
      const id = resolve(node.exerciseKey)?.id ?? resolve(node.exerciseName)?.id;
      if (id === undefined) return;
      byExercise.set(id, {
        weightKg, reps: Math.max(1, Math.round(reps)), restSec: restSec !== undefined && Number.isFinite(restSec) ? restSec : 0,
        reasons: [`${predictor.metadata.modelName} from ${node.date}`],
      });
    });
  }
  return {
    id: `gnn:${predictor.metadata.modelName}`,
    predict: ({ exerciseId }) => byExercise.get(exerciseId) ?? null,
  };
}
