import { GnnError } from '../errors.js';
import type { GraphData } from '../graph/graph-data.js';
import type { GnnModel } from '../models/gnn-model.js';
import { DEFAULT_ADAM } from './adam.js';

/** Progress of `fit`, reported every `progressEvery` epochs and at the last one. */
export interface FitProgress {
  readonly epoch: number;
  readonly epochs: number;
  /** Training MSE of this epoch (dropout on, before the update). */
  readonly loss: number;
  /** Validation MSE (dropout off) when the graph has a `valMask`. */
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
  /** 2 = run the kernels on two cores (worker thread + SharedArrayBuffer). Default 1. */
  readonly threads?: 1 | 2;
  /** Kernel calls with fewer rows stay on one thread. Default 4096. */
  readonly minParallelRows?: number;
  readonly progressEvery?: number;
  readonly onProgress?: (p: FitProgress) => void;
  /**
   * Early stopping on the graph's `valMask` (ignored without one): the validation MSE is checked every
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

function maskedMse(pred: Float32Array, y: Float32Array, mask: Uint8Array, t: number): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== 1) continue;
    for (let j = i * t; j < i * t + t; j++) {
      const target = y[j] ?? Number.NaN;
      if (Number.isNaN(target)) continue; // unknown targets are not scored
      sum += ((pred[j] ?? 0) - target) ** 2;
      count++;
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}

/**
 * Full-batch training: `epochs` × (forward with dropout → MSE over `trainMask` nodes (all nodes if
 * absent) → backward → Adam(lr, β = (0.9, 0.999), ε = 1e-8)). Updates the model's parameters in place.
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
  const adam = { ...DEFAULT_ADAM, learningRate: options.learningRate ?? DEFAULT_ADAM.learningRate };
  const every = options.progressEvery ?? 10;
  const t0 = performance.now();
  const stopping = graph.valMask !== undefined ? options.earlyStopping : undefined;
  const checkEvery = stopping?.every ?? 10;
  let best = { loss: Number.POSITIVE_INFINITY, epoch: 0, params: undefined as Record<string, Float32Array> | undefined };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const loss = engine.trainStep(adam);
    history.loss.push(loss);
    if (stopping !== undefined && graph.valMask !== undefined && epoch % checkEvery === 0) {
      const v = maskedMse(engine.predict(), graph.y, graph.valMask, model.config.outFeatures);
      if (v < best.loss) best = { loss: v, epoch, params: engine.getParams() };
      else if (epoch - best.epoch >= stopping.patience) break;
    }
    const report = options.onProgress !== undefined && (epoch % every === 0 || epoch === epochs);
    let valLoss: number | undefined;
    if (graph.valMask !== undefined && (report || epoch === epochs)) {
      valLoss = maskedMse(engine.predict(), graph.y, graph.valMask, model.config.outFeatures);
      history.valLoss.push(valLoss);
    }
    if (report && options.onProgress !== undefined) {
      const elapsedMs = performance.now() - t0;
      options.onProgress({
        epoch,
        epochs,
        loss,
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
