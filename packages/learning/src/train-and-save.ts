import { join } from 'node:path';
import type { LearningGraph } from '@liftgraph/domain';
import { type EvalRun, evaluateGraph } from './evaluate.js';
import { type GlobalShap, globalShapOf } from './explain-model.js';
import { loadPredictor, saveArtifact } from './model-artifact.js';
import type { ModelName, TrainOptions } from './train-models.js';

export interface TrainAndSaveOptions {
  /** Human-readable source (file path, `study`, a Neo4j export) for the artifact metadata. */
  source: string;
  cutoffDate: string;
  targetMode: 'observed' | 'rule';
  models: readonly ModelName[];
  epochs: number;
  seed: number;
  modelsDir: string;
  /** Artifacts are saved as `<modelsDir>/<runId>-<model>/`. */
  runId: string;
  createdAt: Date;
  onProgress?: TrainOptions['onProgress'];
  /** The GNNs' loss and GraphSAGE's convolution (default 'mse', 'sage'), recorded with the artifact. */
  objective?: { loss: 'mse' | 'l1' | 'huber'; conv: 'sage' | 'rsage' };
  /** A population run's pool (recorded with the artifact); population runs keep the early-stopped probe. */
  pool?: { logs: string[]; simulated: number };
  /** The global SHAP ranking stored with each GNN (default GLOBAL_SHAP_SAMPLE); `false` skips it. */
  shap?: { nodes?: number; numSamples?: number } | false;
}

/** One saved GNN artifact; `reloadMaxAbsDiff` is 0 when the reloaded artifact predicts exactly what was trained. */
export interface SavedArtifact {
  model: string;
  id: string;
  dir: string;
  reloadMaxAbsDiff: number;
  /** Training loss (standardized targets) of every epoch of the run that produced the saved weights. */
  lossHistory: number[];
  /** Mean |SHAP| per feature over sampled test nodes (null: skipped, or no test node). */
  globalShap: GlobalShap | null;
}

export interface TrainAndSaveOutcome {
  run: Omit<EvalRun, 'cutoffDate'>;
  artifacts: SavedArtifact[];
}

/**
 * Test nodes and coalitions per node of the global SHAP ranking a training run stores. KernelSHAP's own
 * default (2F + 2048 coalitions) over 20 nodes took 35 s on the 126-node study graph; this budget took
 * 3.7 s there and ranked the same top features.
 */
export const GLOBAL_SHAP_SAMPLE = { nodes: 12, numSamples: 512 } as const;

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let worst = a.length === b.length ? 0 : Number.POSITIVE_INFINITY;
  a.forEach((v, i) => {
    const d = Math.abs(v - (b[i] ?? Number.NaN));
    if (!(Number.isNaN(v) && Number.isNaN(b[i] ?? Number.NaN))) worst = Math.max(worst, Number.isNaN(d) ? Number.POSITIVE_INFINITY : d);
  });
  return worst;
}

/**
 * Trains on a learning graph from any source (logs, a Neo4j export), scores every model on the test
 * pairs, ranks each GNN's features by mean |SHAP| over sampled test nodes, saves each GNN (with that
 * ranking) as an artifact under `<modelsDir>/<runId>-<model>/` and reloads it to check that it
 * predicts the same.
 */
export async function trainAndSave(lg: LearningGraph, o: TrainAndSaveOptions): Promise<TrainAndSaveOutcome> {
  const run = evaluateGraph(lg, {
    epochs: o.epochs,
    seed: o.seed,
    models: o.models,
    ...(o.onProgress && { onProgress: o.onProgress }),
    ...(o.objective && { loss: o.objective.loss, sageKind: o.objective.conv }),
    ...(o.pool && { selection: 'early-stop' as const }),
  });
  const trainNodes = lg.trainMask.reduce((a, b) => a + b, 0);
  const artifacts: SavedArtifact[] = [];
  for (const t of run.trained) {
    if (t.gnn === undefined) continue;
    const id = `${o.runId}-${t.name}`;
    const dir = join(o.modelsDir, id);
    const globalShap = o.shap === false ? null : globalShapOf(run.dataset, t.gnn, { seed: o.seed, ...GLOBAL_SHAP_SAMPLE, ...o.shap });
    await saveArtifact(dir, {
      model: t.gnn,
      modelName: t.name,
      dataset: run.dataset,
      metrics: run.result.models[t.name],
      targetMode: o.targetMode,
      training: {
        epochs: o.epochs,
        seed: o.seed,
        source: o.source,
        cutoffDate: o.cutoffDate,
        numNodes: lg.numNodes,
        trainNodes,
        testPairs: run.result.testPairs,
        objective: { loss: o.objective?.loss ?? 'mse', conv: o.objective?.conv ?? 'sage' },
        ...(o.pool && { pool: o.pool }),
      },
      createdAt: o.createdAt,
      lossHistory: t.lossHistory,
      ...(globalShap && { globalShap }),
    });
    const reloaded = await loadPredictor(dir);
    artifacts.push({
      model: t.name,
      id,
      dir,
      reloadMaxAbsDiff: maxAbsDiff(reloaded.predict(lg), t.predictions),
      lossHistory: t.lossHistory,
      globalShap,
    });
  }
  return { run, artifacts };
}
