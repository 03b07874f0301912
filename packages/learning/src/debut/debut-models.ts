import type { LossSpec } from '@liftgraph/gnn';
import { buildDebutGraph } from './debut-graph.js';
import { DebutPredictor } from './debut-predictor.js';
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
  /** The loss of every model (default 'mse'). */
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

/** Validation queries: a fifth of the training athletes (every fifth by sorted id), or the latest fifth by date for fewer than five. */
export function debutValidationSplit(queries: readonly DebutQuery[]): Uint8Array {
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
 * Trains GraphSAGE, GCN and the MLP (the same `DebutPredictor` on the same features with no edges) —
 * what the planner serves — on the training debut queries (other athletes' first occurrences and the athlete's own early
 * ones) and predicts the test queries' debut loads. Hidden 32, dropout 0.3, Adam lr 0.01, on
 * log(actual ÷ reference) clipped at ±1.5 and standardised, early stopping on the validation queries.
 * With fewer than 10 training queries nothing is learned and every model predicts the reference (the
 * `similarRatio` load).
 */
export function trainDebutModels(
  train: readonly DebutQuery[],
  test: readonly DebutQuery[],
  ratios: PopulationRatios,
  options: DebutTrainOptions = {},
): DebutModelRun {
  const models = options.models ?? DEBUT_MODEL_NAMES;
  const seeds = options.seeds ?? 1;
  const epochs = options.epochs ?? 400;
  const validation = debutValidationSplit(train);
  const valCount = validation.reduce((a, b) => a + b, 0);
  const empty = <T>(v: () => T): Record<DebutModelName, T> => ({ graphsage: v(), gcn: v(), mlp: v() });
  const run: DebutModelRun = {
    predictionsKg: empty(() => [] as number[]),
    trainQueries: train.length - valCount,
    validationQueries: valCount,
    epochs: empty(() => 0),
    lossHistory: empty(() => [] as number[]),
  };
  const reference = Array.from(buildDebutGraph(test, ratios).referenceKg);
  if (run.trainQueries < 10 || test.length === 0) {
    for (const m of models) run.predictionsKg[m] = reference;
    return run;
  }
  for (const name of models) {
    const sumLog = new Float64Array(test.length);
    for (let seed = 1; seed <= seeds; seed++) {
      const kind = name === 'gcn' ? 'gcn' : name === 'mlp' ? 'sage' : (options.sageKind ?? 'sage');
      const predictor = DebutPredictor.train(train, ratios, {
        kind,
        epochs,
        seed,
        validation,
        withoutEdges: name === 'mlp',
        ...(options.loss ? { loss: options.loss } : {}),
      });
      predictor.predict(test).forEach((p, i) => (sumLog[i] = (sumLog[i] ?? 0) + Math.log(p.kg / (reference[i] as number))));
      if (seed === 1) {
        run.epochs[name] = predictor.meta.bestEpoch;
        run.lossHistory[name] = [...predictor.lossHistory];
      }
    }
    run.predictionsKg[name] = reference.map((r, i) => r * Math.exp((sumLog[i] ?? 0) / seeds));
  }
  return run;
}
