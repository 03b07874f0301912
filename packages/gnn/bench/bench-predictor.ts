import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LearningGraph } from '../../domain/src/index.js';
import { prepareDataset } from '../../learning/src/dataset.js';
import { loadPredictor, saveArtifact } from '../../learning/src/model-artifact.js';
import type { Predictor } from '../../learning/src/model-artifact.js';
import { GnnModel } from '../src/index.js';
import type { GnnKind } from '../src/index.js';
import { benchConfig } from './training-run.js';

/**
 * A predictor exactly as the planner holds one: an artifact written by `saveArtifact` (scalers fitted on
 * `lg`) and read back by `loadPredictor`. The weights are the untrained Glorot initialisation — the
 * forward pass costs the same whatever their values.
 */
export async function benchPredictor(kind: GnnKind, lg: LearningGraph, numRelations: number): Promise<Predictor> {
  const dataset = prepareDataset(lg);
  const model = GnnModel.create(benchConfig(kind, dataset.graph.numFeatures, 3, numRelations), 0);
  const dir = mkdtempSync(join(tmpdir(), 'bench-gnn-predictor-'));
  try {
    await saveArtifact(dir, {
      model,
      modelName: `bench-${kind}`,
      dataset,
      metrics: { weight: null, reps: null, rest: null },
      targetMode: 'observed',
      training: { epochs: 0, seed: 0, source: 'bench', cutoffDate: '9999-12-31', numNodes: lg.numNodes, trainNodes: 0, testPairs: 0 },
    });
    return await loadPredictor(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
