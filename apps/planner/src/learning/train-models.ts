import { fit, GnnModel, LstmRegressor, MlpRegressor, sequencesFromNext } from '@liftgraph/gnn';
import { type Dataset, toRealUnits } from './dataset.js';

export const MODEL_NAMES = ['graphsage', 'gcn', 'mlp', 'lstm'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  models?: readonly ModelName[];
  /** LSTM history length (previous occurrences of the exercise). */
  seqLen?: number;
  onProgress?: (model: ModelName, epoch: number, epochs: number, loss: number, etaMs: number) => void;
}

export interface TrainedModel {
  name: ModelName;
  /** [N, 3] predictions in real units for every node. */
  predictions: Float32Array;
  lossHistory: number[];
  trainMs: number;
  /** The trained GNN (graphsage/gcn only), for persistence and explanations. */
  gnn?: GnnModel;
}

/** Identical hyperparameters for every model: hidden 32, dropout 0.3, Adam lr 0.01, MSE, `epochs` (default 400). */
export function trainModels(ds: Dataset, options: TrainOptions = {}): TrainedModel[] {
  const epochs = options.epochs ?? 400;
  const seed = options.seed ?? 1;
  const out: TrainedModel[] = [];
  // Unknown (NaN) targets stay NaN: the fused engine leaves them out of the loss.
  const filled = ds.graph;
  const next = new Int32Array(ds.source.numNodes).fill(-1);
  ds.source.prevIndex.forEach((p, i) => {
    if (p >= 0) next[p] = i;
  });
  for (const name of options.models ?? MODEL_NAMES) {
    const t0 = performance.now();
    const progress = (p: { epoch: number; epochs: number; loss: number; etaMs: number }) => options.onProgress?.(name, p.epoch, p.epochs, p.loss, p.etaMs);
    if (name === 'graphsage' || name === 'gcn') {
      const model = GnnModel.create({ kind: name === 'gcn' ? 'gcn' : 'sage', inFeatures: ds.graph.numFeatures, hidden: 32, outFeatures: 3, dropout: 0.3 }, seed);
      const history = fit(model, filled, { epochs, seed, learningRate: 0.01, onProgress: progress, progressEvery: 50 });
      const pred = model.predict(filled);
      model.release(filled);
      out.push({ name, predictions: toRealUnits(ds, pred), lossHistory: history.loss, trainMs: performance.now() - t0, gnn: model });
    } else if (name === 'mlp') {
      const mlp = MlpRegressor.create({ inFeatures: ds.graph.numFeatures, hidden: 32, outFeatures: 3, dropout: 0.3 }, seed);
      const history = mlp.fit(ds.graph.x, ds.graph.y, { epochs, seed, learningRate: 0.01, rowMask: ds.graph.trainMask, onProgress: progress, progressEvery: 50 });
      out.push({ name, predictions: toRealUnits(ds, mlp.predict(ds.graph.x)), lossHistory: history.loss, trainMs: performance.now() - t0 });
      mlp.dispose();
    } else {
      const seqLen = options.seqLen ?? 4;
      const sequences = sequencesFromNext(next, seqLen);
      const lstm = LstmRegressor.create({ inFeatures: ds.graph.numFeatures, seqLen, hidden: 32, outFeatures: 3, dropout: 0.3 }, seed);
      const history = lstm.fit(ds.graph.x, ds.graph.y, sequences, { epochs, seed, learningRate: 0.01, rowMask: ds.graph.trainMask, onProgress: progress, progressEvery: 50 });
      out.push({ name, predictions: toRealUnits(ds, lstm.predict(ds.graph.x, sequences)), lossHistory: history.loss, trainMs: performance.now() - t0 });
      lstm.dispose();
    }
  }
  return out;
}
