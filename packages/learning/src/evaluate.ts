import {
  buildLearningGraph,
  type AthleteLog,
  type ExerciseResolver,
  LOAD_METRIC_FEATURES,
  type LearningGraph,
  timelineCutoff,
} from '@liftgraph/domain';
import { maeRmsePerTarget, type TargetError } from '@liftgraph/gnn';
import { type Dataset, prepareDataset } from './dataset.js';
import { type OwnHistory, pooledLearningGraph } from './pool/pooled-graph.js';
import { MODEL_NAMES, type ModelName, type TrainedModel, type TrainOptions, trainModels } from './train-models.js';

export interface TargetMetrics {
  mae: number;
  rmse: number;
}

/** Per-target errors in real units; `rest` is null when no test pair has a logged rest. */
export interface ModelMetrics {
  weight: TargetMetrics | null;
  reps: TargetMetrics | null;
  rest: TargetMetrics | null;
}

export type EvaluatedName = ModelName | 'persistence' | 'rules';

export interface EvalResult {
  testPairs: number;
  models: Record<EvaluatedName, ModelMetrics>;
}

export interface EvalRun {
  result: EvalResult;
  trained: TrainedModel[];
  graph: LearningGraph;
  /** The standardized dataset the models were trained on (scalers, kept columns). */
  dataset: Dataset;
  cutoffDate: string;
}

/** Per-target MAE / RMSE in real units of `pred` [N, 3] against the graph's test pairs. */
export function modelMetrics(pred: Float32Array, lg: LearningGraph): ModelMetrics {
  const [weight, reps, rest] = maeRmsePerTarget(pred, lg.y, 3, lg.testMask).map((e: TargetError | null) =>
    e ? { mae: e.mae, rmse: e.rmse } : null,
  );
  return { weight: weight ?? null, reps: reps ?? null, rest: rest ?? null };
}

export interface GraphOptions {
  /** Fraction of the timeline used for training; the rest is test (default 5/6: "the last sixth"). */
  trainFraction?: number;
  /** End of the test window as a fraction of the timeline (rolling origin); default: to the end. */
  testEndFraction?: number;
  targetMode?: 'observed' | 'rule';
}

export interface EvaluateOptions extends TrainOptions, GraphOptions {
  /** Ablation: leave the training_load / monotony / strain features out. */
  withoutLoadMetrics?: boolean;
}

/** The learning graph of workout logs, split at `trainFraction` of their timeline. */
export function learningGraphFromLogs(
  logs: readonly AthleteLog[],
  resolve: ExerciseResolver,
  options: GraphOptions = {},
): { graph: LearningGraph; cutoffDate: string } {
  const dates = logs.flatMap((l) => l.sessions.map((s) => s.date));
  const cutoffDate = timelineCutoff(dates, options.trainFraction ?? 5 / 6);
  const testEndDate =
    options.testEndFraction !== undefined && options.testEndFraction < 1 ? timelineCutoff(dates, options.testEndFraction) : undefined;
  return {
    graph: buildLearningGraph(logs, resolve, {
      cutoffDate,
      targetMode: options.targetMode ?? 'observed',
      ...(testEndDate ? { testEndDate } : {}),
    }),
    cutoffDate,
  };
}

/**
 * Trains the requested models on a learning graph from any source (logs, a Neo4j export) and scores
 * them and both baselines on its test pairs.
 */
export function evaluateGraph(lg: LearningGraph, options: Omit<EvaluateOptions, keyof GraphOptions> = {}): Omit<EvalRun, 'cutoffDate'> {
  const ds = prepareDataset(lg, { dropFeatures: options.withoutLoadMetrics ? LOAD_METRIC_FEATURES : [] });
  const trained = trainModels(ds, options);
  const models = {} as Record<EvaluatedName, ModelMetrics>;
  for (const name of MODEL_NAMES) {
    const t = trained.find((m) => m.name === name);
    if (t) models[name] = modelMetrics(t.predictions, lg);
  }
  models.persistence = modelMetrics(ds.base, lg);
  models.rules = modelMetrics(lg.rules, lg);
  const testPairs = lg.testMask.reduce((a, b) => a + b, 0);
  return { result: { testPairs, models }, trained, graph: lg, dataset: ds };
}

/**
 * Builds the learning graph, trains every model and scores all of them and both baselines on the test
 * pairs. With a `pool` (other athletes), one population model is trained on the pool and on the
 * evaluated athlete's history before the cutoff, and scored on that athlete's test pairs alone.
 */
export function evaluateLogs(
  logs: readonly AthleteLog[],
  resolve: ExerciseResolver,
  options: EvaluateOptions & { pool?: readonly AthleteLog[]; ownHistory?: OwnHistory } = {},
): EvalRun {
  const target = logs[0];
  const pooled = options.pool !== undefined && options.pool.length > 0 && logs.length === 1 && target !== undefined;
  const { graph, cutoffDate } = pooled
    ? pooledLearningGraph(target, options.pool ?? [], resolve, options)
    : learningGraphFromLogs(logs, resolve, options);
  const sequenceRows = pooled ? Uint8Array.from(graph.nodes, (n) => (n.athleteId === target.athleteId ? 1 : 0)) : undefined;
  return { ...evaluateGraph(graph, { ...options, ...(sequenceRows ? { sequenceRows } : {}) }), cutoffDate };
}

/** Mean and sample SD of each metric over repeated runs (seeds). */
export function summarizeRuns(runs: readonly EvalResult[]): Record<string, Record<string, { mean: number; sd: number } | null>> {
  const out: Record<string, Record<string, { mean: number; sd: number } | null>> = {};
  const first = runs[0];
  if (!first) return out;
  for (const name of Object.keys(first.models) as EvaluatedName[]) {
    out[name] = {};
    for (const target of ['weight', 'reps', 'rest'] as const) {
      for (const stat of ['mae', 'rmse'] as const) {
        const values = runs.map((r) => r.models[name]?.[target]?.[stat]).filter((v): v is number => v !== undefined);
        const key = `${target}.${stat}`;
        if (values.length === 0) {
          (out[name] as Record<string, unknown>)[key] = null;
          continue;
        }
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const sd = values.length > 1 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1)) : 0;
        (out[name] as Record<string, unknown>)[key] = { mean, sd };
      }
    }
  }
  return out;
}

/**
 * Rolling-origin evaluation for long logs: `origins` successive cutoffs, each a sixth of the timeline
 * apart; the last one is the usual "last sixth". Origin k (1-based, oldest first) trains on everything
 * before c_k and tests on [c_k, c_k + w), with w = 1/6 of the timeline and c_k = 1 − (origins − k + 1)·w.
 */
export function rollingOriginWindows(origins: number): { trainFraction: number; testEndFraction: number }[] {
  if (!Number.isInteger(origins) || origins < 1 || origins > 4) throw new Error(`origins must be an integer in [1, 4], got ${origins}`);
  const w = 1 / 6;
  return Array.from({ length: origins }, (_, i) => {
    const trainFraction = 1 - (origins - i) * w;
    return { trainFraction, testEndFraction: trainFraction + w };
  });
}
