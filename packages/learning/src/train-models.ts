import { fit, GnnModel, type LossSpec, LstmRegressor, sequencesFromNext } from '@liftgraph/gnn';
import { type Dataset, toRealUnits } from './dataset.js';
import { innerValidationSplit } from './validation-split.js';

export const MODEL_NAMES = ['graphsage', 'gcn', 'mlp', 'lstm'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export interface TrainOptions {
  /** Maximum epochs (default 400, the study's setting). */
  epochs?: number;
  seed?: number;
  models?: readonly ModelName[];
  /** LSTM history length (previous occurrences of the exercise). */
  seqLen?: number;
  /**
   * Rolling origin inside the training part (default on): the last sixth of the training targets is held
   * out, each model is trained with early stopping on it (patience 50 epochs, checked every 10), and the
   * model is then retrained on the whole training part for the epochs that won. Off = `epochs` straight.
   */
  selectEpochs?: boolean;
  onProgress?: (model: ModelName, epoch: number, epochs: number, loss: number, etaMs: number) => void;
  /**
   * The GNNs' training loss on the standardized change from persistence (default 'mse'). MAE is what is
   * scored, and about half of next top sets repeat the last load: L1 learns the conditional median
   * change, which is "no change" wherever most athletes repeat — a learned gate. MLP and LSTM stay MSE.
   */
  loss?: LossSpec;
  /** `graphsage`'s convolution: 'sage' (one mean over all edges) or 'rsage' (one weighted mean per edge type). Default 'sage'. */
  sageKind?: 'sage' | 'rsage';
  /**
   * `retrain` (default): probe with early stopping on the inner validation split, then retrain on the whole
   * training part for the epochs that won. `early-stop`: keep the probe's best parameters (half the time;
   * for population graphs, whose training part is large).
   */
  selection?: 'retrain' | 'early-stop';
  /** Rows (1 = yes) the LSTM may train on; default all training rows. */
  sequenceRows?: Uint8Array;
}

/** An adjacency with no edge (the MLP's graph). */
function withoutEdges(numNodes: number) {
  return {
    numNodes,
    rowPtr: new Int32Array(numNodes + 1),
    colIdx: new Int32Array(0),
    edgeWeight: new Float32Array(0),
    edgeType: new Uint8Array(0),
  };
}

export interface TrainedModel {
  name: ModelName;
  /** [N, 3] predictions in real units for every node. */
  predictions: Float32Array;
  lossHistory: number[];
  /** Epochs of the final training run (chosen on the inner validation split when `selectEpochs`). */
  epochs: number;
  trainMs: number;
  /** The trained GNN (graphsage/gcn only), for persistence and explanations. */
  gnn?: GnnModel;
}

const PATIENCE = 50;
const CHECK_EVERY = 10;

interface Fitted {
  predict: () => Float32Array;
  loss: number[];
  bestEpoch: number | undefined;
  gnn?: GnnModel;
  dispose: () => void;
}

/** Identical hyperparameters for every model: hidden 32, dropout 0.3, Adam lr 0.01, over known targets (GNNs and MLP: `loss`; LSTM: MSE). */
export function trainModels(ds: Dataset, options: TrainOptions = {}): TrainedModel[] {
  const maxEpochs = options.epochs ?? 400;
  const seed = options.seed ?? 1;
  const seqLen = options.seqLen ?? 4;
  const next = new Int32Array(ds.source.numNodes).fill(-1);
  ds.source.prevIndex.forEach((p, i) => {
    if (p >= 0) next[p] = i;
  });
  const sequences = sequencesFromNext(next, seqLen);
  const split = options.selectEpochs === false ? null : innerValidationSplit(ds);
  const { numFeatures } = ds.graph;
  const shape = { inFeatures: numFeatures, hidden: 32, outFeatures: 3, dropout: 0.3 };

  const train = (name: ModelName, epochs: number, trainMask: Uint8Array, valMask?: Uint8Array): Fitted => {
    const progress = (p: { epoch: number; epochs: number; loss: number; etaMs: number }) =>
      options.onProgress?.(name, p.epoch, p.epochs, p.loss, p.etaMs);
    const common = { epochs, seed, learningRate: 0.01, onProgress: progress, progressEvery: 50 };
    if (name === 'graphsage' || name === 'gcn' || name === 'mlp') {
      // The MLP is the fused engine's SAGE on the same features with no edge: its layers are
      // ReLU(X·Wʳ + b), a two-layer perceptron of the same width, trained with the same loss and stopping
      // (the tfjs MLP took 100 s for 50 epochs on a 20k-node population graph; this takes seconds).
      const kind = name === 'gcn' ? 'gcn' : name === 'mlp' ? 'sage' : (options.sageKind ?? 'sage');
      const model = GnnModel.create({ ...shape, kind, ...(kind === 'rsage' ? { numRelations: ds.numRelations } : {}) }, seed);
      const adjacency = name === 'mlp' ? withoutEdges(ds.graph.numNodes) : ds.graph.adjacency;
      const graph = { ...ds.graph, adjacency, trainMask, ...(valMask ? { valMask } : {}) };
      const h = fit(model, graph, {
        ...common,
        ...(options.loss ? { loss: options.loss } : {}),
        ...(valMask ? { earlyStopping: { patience: PATIENCE, every: CHECK_EVERY } } : {}),
      });
      return {
        predict: () => model.predict(graph),
        loss: h.loss,
        bestEpoch: h.bestEpoch,
        ...(name === 'mlp' ? {} : { gnn: model }),
        dispose: () => model.release(graph),
      };
    }
    // The LSTM reads one athlete's chain of occurrences; on a population graph it trains on the rows of
    // `sequenceRows` (the evaluated athlete's), as tfjs over every athlete's rows would take hours here.
    const rows = options.sequenceRows ? trainMask.map((v, i) => v & (options.sequenceRows?.[i] ?? 0)) : trainMask;
    const val = valMask && options.sequenceRows ? valMask.map((v, i) => v & (options.sequenceRows?.[i] ?? 0)) : valMask;
    const stopping = val && val.some((v) => v === 1) ? { earlyStopping: { patience: PATIENCE, every: CHECK_EVERY, valMask: val } } : {};
    const trainMaskForLstm = rows;
    const lstm = LstmRegressor.create({ ...shape, seqLen }, seed);
    const h = lstm.fit(ds.graph.x, ds.graph.y, sequences, { ...common, rowMask: trainMaskForLstm, ...stopping });
    return { predict: () => lstm.predict(ds.graph.x, sequences), loss: h.loss, bestEpoch: h.bestEpoch, dispose: () => lstm.dispose() };
  };

  const out: TrainedModel[] = [];
  for (const name of options.models ?? MODEL_NAMES) {
    const t0 = performance.now();
    let epochs = maxEpochs;
    let final: Fitted | undefined;
    if (split) {
      const probe = train(name, maxEpochs, split.innerTrain, split.validation);
      // Never more than asked: a 3-epoch request trained 10 and was recorded as 3.
      epochs = Math.min(maxEpochs, Math.max(CHECK_EVERY, probe.bestEpoch ?? maxEpochs));
      if (options.selection === 'early-stop') final = probe;
      else probe.dispose();
    }
    final ??= train(name, epochs, ds.graph.trainMask);
    const predictions = toRealUnits(ds, final.predict());
    final.dispose(); // for GNNs this only releases the engine: the GnnModel keeps its parameters
    out.push({
      name,
      predictions,
      lossHistory: final.loss,
      epochs,
      trainMs: performance.now() - t0,
      ...(final.gnn ? { gnn: final.gnn } : {}),
    });
  }
  return out;
}
