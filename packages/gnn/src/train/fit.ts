import { GnnError } from '../errors.js';
import type { GraphData } from '../graph/graph-data.js';
import type { GnnModel } from '../models/gnn-model.js';
import { DEFAULT_ADAM } from './adam.js';
import { maskedLoss, regressionLoss } from './loss.js';
import type { LossSpec } from './loss.js';

/** Progress of `fit`, reported every `progressEvery` epochs and at the last one. */
export interface FitProgress {
  readonly epoch: number;
  readonly epochs: number;
  /** Training loss of this epoch (the chosen `loss`, dropout on, before the update). */
  readonly loss: number;
  /** Validation loss (the same loss, dropout off) when the graph has a `valMask`. */
  readonly valLoss?: number;
  readonly elapsedMs: number;
  /** Estimated time left, from the mean epoch time so far. */
  readonly etaMs: number;
}

export interface FitOptions {
  /** Default 400 (the study's setting). */
  readonly epochs?: number;
  /** Adam learning rate; default 0.01. */
  readonly learningRate?: number;
  /** Seed of the dropout masks. Default 1. */
  readonly seed?: number;
  /**
   * The loss trained on and reported: 'mse' (default), 'l1', or 'huber' — `{ kind: 'huber', delta }`
   * with δ in target units (default 1, meant for standardised targets). See `regressionLoss`.
   */
  readonly loss?: LossSpec;
  /** 2 = run the kernels on two cores (worker thread + SharedArrayBuffer). Default 1. */
  readonly threads?: 1 | 2;
  /** Kernel calls with fewer rows stay on one thread. Default 4096. */
  readonly minParallelRows?: number;
  readonly progressEvery?: number;
  readonly onProgress?: (p: FitProgress) => void;
  /**
   * Early stopping on the graph's `valMask` (ignored without one): the validation loss is checked every
   * `every` epochs; training stops after `patience` epochs without improvement and the parameters of the
   * best check are kept.
   */
  readonly earlyStopping?: { readonly patience: number; readonly every?: number };
}

export interface FitHistory {
  readonly loss: number[];
  readonly valLoss: number[];
  /** With early stopping: the epoch whose parameters were kept. */
  bestEpoch?: number;
}

/**
 * Full-batch training: `epochs` × (forward with dropout → loss (default MSE) over the observed targets
 * of `trainMask` nodes (all nodes if absent; NaN targets left out) → backward → Adam(lr, β = (0.9, 0.999),
 * ε = 1e-8)). Updates the model's parameters in place.
 */
export function fit(model: GnnModel, graph: GraphData, options: FitOptions = {}): FitHistory {
  const epochs = options.epochs ?? 400;
  if (!Number.isInteger(epochs) || epochs < 0) throw new GnnError('BAD_CONFIG', `epochs must be an integer >= 0, got ${epochs}`);
  if (graph.y === undefined) throw new GnnError('BAD_INPUT', 'fit needs targets: graph.y is missing');
  const history: FitHistory = { loss: [], valLoss: [] };
  if (graph.numNodes === 0 || epochs === 0) return history;
  const engine = model.engineFor(graph, {
    seed: options.seed ?? 1,
    threads: options.threads ?? 1,
    ...(options.minParallelRows !== undefined && { minParallelRows: options.minParallelRows }),
  });
  engine.setTargets(graph.y, graph.trainMask);
  const loss = regressionLoss(options.loss);
  engine.setLoss(options.loss ?? 'mse');
  const validationLoss = (valMask: Uint8Array, y: Float32Array): number =>
    maskedLoss(loss, engine.predict(), y, { numNodes: graph.numNodes, width: model.config.outFeatures, mask: valMask });
  const adam = { ...DEFAULT_ADAM, learningRate: options.learningRate ?? DEFAULT_ADAM.learningRate };
  const every = options.progressEvery ?? 10;
  const t0 = performance.now();
  const stopping = graph.valMask !== undefined ? options.earlyStopping : undefined;
  const checkEvery = stopping?.every ?? 10;
  let best = { loss: Number.POSITIVE_INFINITY, epoch: 0, params: undefined as Record<string, Float32Array> | undefined };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const trainLoss = engine.trainStep(adam);
    history.loss.push(trainLoss);
    if (stopping !== undefined && graph.valMask !== undefined && epoch % checkEvery === 0) {
      const v = validationLoss(graph.valMask, graph.y);
      if (v < best.loss) best = { loss: v, epoch, params: engine.getParams() };
      else if (epoch - best.epoch >= stopping.patience) break;
    }
    const report = options.onProgress !== undefined && (epoch % every === 0 || epoch === epochs);
    let valLoss: number | undefined;
    if (graph.valMask !== undefined && (report || epoch === epochs)) {
      valLoss = validationLoss(graph.valMask, graph.y);
      history.valLoss.push(valLoss);
    }
    if (report && options.onProgress !== undefined) {
      const elapsedMs = performance.now() - t0;
      options.onProgress({
        epoch,
        epochs,
        loss: trainLoss,
        ...(valLoss !== undefined && { valLoss }),
        elapsedMs,
        etaMs: (elapsedMs / epoch) * (epochs - epoch),
      });
    }
  }
  if (best.params !== undefined) {
    model.setParams(best.params);
    history.bestEpoch = best.epoch;
  } else {
    model.adoptFrom(engine);
  }
  return history;
}
