import { LEARNING_TARGETS, type LearningGraph } from '@liftgraph/domain';
import {
  directoryHandler,
  type GnnModel,
  type GraphData,
  loadModel,
  sampleBackground,
  saveModel,
  Standardizer,
  type StandardizerJson,
} from '@liftgraph/gnn';
import type { Dataset } from './dataset.js';
import type { ModelMetrics } from './evaluate.js';
import type { GlobalShap } from './explain-model.js';

/** Version tag of the predictor metadata; loaders refuse anything else. */
export const PREDICTOR_SCHEMA = 'liftgraph-predictor/1';

/**
 * Everything besides architecture and weights that is needed to predict again, stored as the tfjs
 * `userDefinedMetadata` of the artifact (model.json). Predictions are
 *   ŷ = persistence + targetScaler⁻¹(model(featureScaler(x[:, keptColumns])))
 * because the models learn standardized residuals to "repeat last time" (see `prepareDataset`).
 */
export interface PredictorMetadata {
  schema: typeof PREDICTOR_SCHEMA;
  modelName: string;
  /** Names of the model's input columns, in order (the learning graph's names). */
  featureNames: string[];
  /** Indices of those columns in the learning graph the model was trained on. */
  keptColumns: number[];
  featureScaler: StandardizerJson;
  targetScaler: StandardizerJson;
  targetEncoding: 'residual-to-persistence';
  targets: { name: string; unit: string }[];
  targetMode: 'observed' | 'rule';
  /** Test-set metrics at training time, in real units. */
  metrics: ModelMetrics;
  training: {
    epochs: number;
    seed: number;
    source: string;
    cutoffDate: string;
    numNodes: number;
    trainNodes: number;
    testPairs: number;
    /** The GNN's loss and GraphSAGE's convolution (absent: 'mse' and 'sage', before they were choices). */
    objective?: { loss: string; conv: string };
    /** A population run's pool: the log files and simulated athletes trained on. */
    pool?: { logs: string[]; simulated: number };
  };
  /**
   * KernelSHAP background: standardized feature rows of training nodes ([rows, featureNames.length],
   * row-major). Absent in artifacts saved before it existed; explanations then use the training mean.
   */
  background?: { rows: number; x: number[] };
  /** Training loss (standardized targets) of every epoch of the run that produced these weights. */
  lossHistory?: number[];
  /** The training run's global SHAP ranking (mean |SHAP| per feature over sampled test nodes), when it computed one. */
  globalShap?: GlobalShap;
  createdAt: string;
}

/** Training rows kept in the artifact as the SHAP background (enough for a stable E[f], small on disk). */
export const BACKGROUND_ROWS = 32;

export interface SaveArtifactInput {
  model: GnnModel;
  modelName: string;
  dataset: Dataset;
  metrics: ModelMetrics;
  targetMode: 'observed' | 'rule';
  training: PredictorMetadata['training'];
  createdAt?: Date;
  /** Seed of the SHAP background sample. Default 1. */
  backgroundSeed?: number;
  lossHistory?: number[];
  globalShap?: GlobalShap;
}

function backgroundOf(ds: Dataset, seed: number): PredictorMetadata['background'] {
  const f = ds.graph.numFeatures;
  if (!ds.graph.trainMask.some((m) => m === 1)) return undefined;
  const x = sampleBackground(ds.graph.x, f, BACKGROUND_ROWS, seed, ds.graph.trainMask);
  return { rows: x.length / f, x: Array.from(x) };
}

/** Saves a trained GNN and its predictor metadata to `dir` (model.json + weights.bin, no tfjs-node). */
export async function saveArtifact(dir: string, input: SaveArtifactInput): Promise<PredictorMetadata> {
  const { dataset: ds } = input;
  const background = backgroundOf(ds, input.backgroundSeed ?? 1);
  const metadata: PredictorMetadata = {
    schema: PREDICTOR_SCHEMA,
    modelName: input.modelName,
    featureNames: ds.featureNames,
    keptColumns: ds.keptColumns,
    featureScaler: ds.featureScaler.toJSON(),
    targetScaler: ds.targetScaler.toJSON(),
    targetEncoding: 'residual-to-persistence',
    targets: LEARNING_TARGETS.map((t) => ({ name: t.name, unit: t.unit })),
    targetMode: input.targetMode,
    metrics: input.metrics,
    training: input.training,
    ...(background && { background }),
    ...(input.lossHistory && { lossHistory: input.lossHistory }),
    ...(input.globalShap && { globalShap: input.globalShap }),
    createdAt: (input.createdAt ?? new Date()).toISOString(),
  };
  await saveModel(input.model, directoryHandler(dir), metadata as unknown as Record<string, unknown>);
  return metadata;
}

/** A loaded artifact: predicts next weight (kg), reps and rest (s) for every node of a learning graph. */
export interface Predictor {
  readonly model: GnnModel;
  readonly metadata: PredictorMetadata;
  /** The model's standardized input for `lg` (columns matched by name). */
  encode(lg: LearningGraph): GraphData;
  /** [N, 3] predictions in real units. */
  predict(lg: LearningGraph): Float32Array;
}

function assertMetadata(raw: Record<string, unknown>, dir: string): PredictorMetadata {
  if (raw.schema !== PREDICTOR_SCHEMA) {
    throw new Error(`${dir} is not a ${PREDICTOR_SCHEMA} artifact (schema ${String(raw.schema)}); save it with \`liftgraph gnn train\``);
  }
  return raw as unknown as PredictorMetadata;
}

/** Loads an artifact written by `saveArtifact`. */
export async function loadPredictor(dir: string): Promise<Predictor> {
  const { model, metadata: raw } = await loadModel(directoryHandler(dir));
  const metadata = assertMetadata(raw, dir);
  const featureScaler = Standardizer.fromJSON(metadata.featureScaler);
  const targetScaler = Standardizer.fromJSON(metadata.targetScaler);
  const encode = (lg: LearningGraph): GraphData => {
    const columns = metadata.featureNames.map((name) => {
      const c = lg.featureNames.indexOf(name);
      if (c < 0) throw new Error(`the learning graph has no feature "${name}" that the model ${metadata.modelName} needs`);
      return c;
    });
    const f = columns.length;
    const raw = new Float32Array(lg.numNodes * f);
    for (let i = 0; i < lg.numNodes; i++) {
      for (let k = 0; k < f; k++) raw[i * f + k] = lg.x[i * lg.numFeatures + (columns[k] ?? 0)] ?? 0;
    }
    return { numNodes: lg.numNodes, numFeatures: f, x: featureScaler.transform(raw), adjacency: lg.adjacency, numTargets: 3 };
  };
  return {
    model,
    metadata,
    encode,
    predict(lg) {
      const graph = encode(lg);
      const residual = targetScaler.inverse(model.predict(graph));
      model.release(graph);
      return residual.map((v, j) => {
        const base = lg.persistence[j] ?? 0;
        return v + (Number.isNaN(base) ? 0 : base);
      });
    },
  };
}
