import { fit, type GnnKind, GnnModel, type LossSpec, MlpRegressor, Standardizer } from '@liftgraph/gnn';
import { buildDebutGraph, DEBUT_RELATIONS } from './debut-graph.js';
import type { DebutQuery } from './debut-queries.js';
import type { PopulationRatios } from './population-ratios.js';

export const DEBUT_MODEL_NAMES = ['graphsage', 'gcn', 'mlp'] as const;
export type DebutModelName = (typeof DEBUT_MODEL_NAMES)[number];

export interface DebutTrainOptions {
  epochs?: number;
  /** Seeds 1..seeds; predictions are the geometric mean over seeds (an ensemble). */
  seeds?: number;
  models?: readonly DebutModelName[];
  /** The GNN convolution of `graphsage` (default `sage`; `rsage`: one weighted mean per `DEBUT_RELATIONS` edge type). */
  sageKind?: 'sage' | 'rsage';
  /** The GNNs' loss (default 'mse'); the MLP stays MSE. */
  loss?: LossSpec;
}

export interface DebutModelRun {
  /** Predicted debut load (kg) per test query, per model. */
  predictionsKg: Record<DebutModelName, number[]>;
  trainQueries: number;
  validationQueries: number;
  /** Epoch kept by early stopping, per model (seed 1). */
  epochs: Record<DebutModelName, number>;
  /** Training loss per epoch of seed 1, per model. */
  lossHistory: Record<DebutModelName, number[]>;
}

const PATIENCE = 50;
/**
 * Training targets are clipped to ±1.5 in log space (a debut 4.5× off its reference): apps write
 * placeholder loads (1 lb on a push-up) whose squared error would otherwise dominate the fit.
 */
const MAX_ABS_LOG_RATIO = 1.5;

/** Validation queries: a fifth of the training athletes (by a stable hash), or the latest fifth by date for one athlete. */
function validationSplit(queries: readonly DebutQuery[]): Uint8Array {
  const athletes = [...new Set(queries.map((q) => q.athleteId))].sort();
  const val = new Uint8Array(queries.length);
  if (athletes.length >= 5) {
    const held = new Set(athletes.filter((_, i) => i % 5 === 2));
    queries.forEach((q, i) => {
      if (held.has(q.athleteId)) val[i] = 1;
    });
  } else {
    const dates = queries.map((q) => q.date).sort();
    const cut = dates[Math.floor(dates.length * 0.8)] ?? '9999';
    queries.forEach((q, i) => {
      if (q.date >= cut) val[i] = 1;
    });
  }
  return val;
}

/**
 * Trains GraphSAGE, GCN and the MLP (same features, no edges) on the training debut queries (other
 * athletes' first occurrences and the athlete's own early ones) and predicts the test queries' debut
 * loads. Hidden 32, dropout 0.3, Adam lr 0.01, MSE on standardised log(actual ÷ reference), early
 * stopping on the validation queries. With fewer than 10 training queries nothing is learned and every
 * model predicts the reference (the `similarRatio` load).
 */
export function trainDebutModels(
  train: readonly DebutQuery[],
  test: readonly DebutQuery[],
  ratios: PopulationRatios,
  options: DebutTrainOptions = {},
): DebutModelRun {
  const models = options.models ?? DEBUT_MODEL_NAMES;
  const seeds = options.seeds ?? 1;
  const all = [...train, ...test];
  const dg = buildDebutGraph(all, ratios);
  const { graph, queryNode, referenceKg } = dg;
  const n = graph.numNodes;
  const F = graph.numFeatures;
  const isVal = validationSplit(train);
  const trainMask = new Uint8Array(n);
  const valMask = new Uint8Array(n);
  train.forEach((_, i) => {
    const node = queryNode[i] as number;
    if (isVal[i] === 1) valMask[node] = 1;
    else trainMask[node] = 1;
  });
  const testNodes = test.map((_, i) => queryNode[train.length + i] as number);
  const empty = <T>(v: () => T): Record<DebutModelName, T> => ({ graphsage: v(), gcn: v(), mlp: v() });
  const run: DebutModelRun = {
    predictionsKg: empty(() => [] as number[]),
    trainQueries: trainMask.reduce((a, b) => a + b, 0),
    validationQueries: valMask.reduce((a, b) => a + b, 0),
    epochs: empty(() => 0),
    lossHistory: empty(() => [] as number[]),
  };
  const reference = testNodes.map((_, i) => referenceKg[train.length + i] as number);
  if (run.trainQueries < 10) {
    for (const m of models) run.predictionsKg[m] = reference;
    return run;
  }
  const xScaler = Standardizer.fit(graph.x, F);
  const clipped = graph.y.map((v) => (Number.isNaN(v) ? v : Math.max(-MAX_ABS_LOG_RATIO, Math.min(MAX_ABS_LOG_RATIO, v))));
  const yScaler = Standardizer.fit(clipped, 1, trainMask);
  const std = { ...graph, x: xScaler.transform(graph.x), y: yScaler.transform(clipped), trainMask, valMask };
  const epochs = options.epochs ?? 400;
  for (const name of models) {
    const sumLog = new Float64Array(test.length);
    for (let seed = 1; seed <= seeds; seed++) {
      let pred: Float32Array;
      if (name === 'mlp') {
        const mlp = MlpRegressor.create({ inFeatures: F, hidden: 32, outFeatures: 1, dropout: 0.3 }, seed);
        const h = mlp.fit(std.x, std.y, {
          epochs,
          seed,
          learningRate: 0.01,
          rowMask: trainMask,
          earlyStopping: { patience: PATIENCE, every: 10, valMask },
        });
        pred = mlp.predict(std.x);
        mlp.dispose();
        if (seed === 1) {
          run.epochs[name] = h.bestEpoch ?? h.loss.length;
          run.lossHistory[name] = h.loss;
        }
      } else {
        const kind: GnnKind = name === 'gcn' ? 'gcn' : (options.sageKind ?? 'sage');
        const relations = kind === 'rsage' ? { numRelations: DEBUT_RELATIONS.length } : {};
        const model = GnnModel.create({ kind, inFeatures: F, hidden: 32, outFeatures: 1, dropout: 0.3, ...relations }, seed);
        const h = fit(model, std, {
          epochs,
          seed,
          learningRate: 0.01,
          earlyStopping: { patience: PATIENCE, every: 10 },
          ...(options.loss ? { loss: options.loss } : {}),
        });
        pred = model.predict(std);
        model.release(std);
        if (seed === 1) {
          run.epochs[name] = h.bestEpoch ?? h.loss.length;
          run.lossHistory[name] = h.loss;
        }
      }
      const logRatio = yScaler.inverse(pred);
      testNodes.forEach((node, i) => {
        sumLog[i] = (sumLog[i] ?? 0) + (logRatio[node] ?? 0);
      });
    }
    run.predictionsKg[name] = reference.map((r, i) => r * Math.exp((sumLog[i] ?? 0) / seeds));
  }
  return run;
}
