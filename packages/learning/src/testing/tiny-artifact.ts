import type { ExerciseResolver, LoggedSession } from '@liftgraph/domain';
import { evaluateLogs } from '../evaluate.js';
import { type PredictorMetadata, saveArtifact } from '../model-artifact.js';

/**
 * Trains a small GraphSAGE (a few epochs, no epoch selection) on one athlete's log and saves it as a
 * predictor artifact in `dir`: a real model for tests of loading, predicting and explaining, in seconds.
 */
export async function saveTinyArtifact(
  dir: string,
  athleteId: string,
  sessions: readonly LoggedSession[],
  resolve: ExerciseResolver,
  epochs = 8,
): Promise<PredictorMetadata> {
  const run = evaluateLogs([{ athleteId, sessions: [...sessions] }], resolve, {
    epochs,
    seed: 5,
    models: ['graphsage'],
    selectEpochs: false,
  });
  const trained = run.trained[0];
  if (trained?.gnn === undefined) throw new Error('graphsage was not trained');
  return saveArtifact(dir, {
    model: trained.gnn,
    modelName: 'graphsage',
    dataset: run.dataset,
    metrics: run.result.models.graphsage,
    targetMode: 'observed',
    training: {
      epochs,
      seed: 5,
      source: 'test',
      cutoffDate: run.cutoffDate,
      numNodes: run.graph.numNodes,
      trainNodes: 0,
      testPairs: run.result.testPairs,
    },
  });
}
