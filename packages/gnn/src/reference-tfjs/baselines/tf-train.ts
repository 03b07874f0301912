import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../../errors.js';
import type { FitProgress } from '../../train/fit.js';
import { Rng } from '../../train/rng.js';

/** Training options shared by the baselines (same defaults as the GNN `fit`). */
export interface BaselineFitOptions {
  /** Default 400 (the study's setting). */
  readonly epochs?: number;
  /** Adam learning rate; default 0.01. */
  readonly learningRate?: number;
  /** Seed of the dropout masks (weights are seeded at `create`). Default 1. */
  readonly seed?: number;
  /** Rows used for training (1 = train); all rows if absent. */
  readonly rowMask?: Uint8Array;
  /** Mini-batch size (rows, reshuffled each epoch from `seed`); full batch when absent or ≥ the row count. */
  readonly batchSize?: number;
  readonly progressEvery?: number;
  readonly onProgress?: (p: FitProgress) => void;
  /**
   * Early stopping on the rows of `valMask` (same semantics as the GNN `fit`): validation MSE over
   * observed targets every `every` epochs; stop after `patience` epochs without improvement and keep
   * the best parameters.
   */
  readonly earlyStopping?: { readonly patience: number; readonly every?: number; readonly valMask: Uint8Array };
}

export interface BaselineHistory {
  readonly loss: number[];
  /** With early stopping: the epoch whose parameters were kept. */
  bestEpoch?: number;
}

/** Glorot-uniform [fanIn, fanOut] (Glorot & Bengio, 2010): U(±√(6 / (fanIn + fanOut))), from a seeded stream. */
export function glorot(rng: Rng, fanIn: number, fanOut: number): Float32Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return Float32Array.from({ length: fanIn * fanOut }, () => (2 * rng.next() - 1) * limit);
}

/** Indices of rows with mask 1 (all rows when absent). */
export function selectedRows(numRows: number, mask?: Uint8Array): Int32Array {
  if (mask === undefined) return Int32Array.from({ length: numRows }, (_, i) => i);
  if (mask.length !== numRows) throw new GnnError('BAD_INPUT', `rowMask has ${mask.length} entries, expected ${numRows}`);
  const out: number[] = [];
  for (let i = 0; i < numRows; i++) if (mask[i] === 1) out.push(i);
  return Int32Array.from(out);
}

/** Copies the given rows of a row-major [*, width] array. */
export function gatherRows(data: Float32Array, width: number, rows: Int32Array): Float32Array {
  const out = new Float32Array(rows.length * width);
  rows.forEach((r, i) => out.set(data.subarray(r * width, r * width + width), i * width));
  return out;
}

/** Targets with NaN replaced by 0 and the observation mask (1 = observed), for the masked loss. */
export interface MaskedTargets {
  readonly y: tf.Tensor2D;
  readonly observed: tf.Tensor2D;
  readonly count: number;
}

/** `rowMask` (optional) additionally drops whole rows from the loss (mask 0), without gathering them. */
export function maskedTargets(y: Float32Array, rows: number, numTargets: number, rowMask?: Uint8Array): MaskedTargets {
  const clean = new Float32Array(y.length);
  const obs = new Float32Array(y.length);
  let count = 0;
  y.forEach((v, i) => {
    if (Number.isNaN(v) || (rowMask !== undefined && rowMask[Math.floor(i / numTargets)] !== 1)) return;
    clean[i] = v;
    obs[i] = 1;
    count++;
  });
  if (count === 0) throw new GnnError('BAD_INPUT', 'no observed (non-NaN) target value among the training rows');
  return { y: tf.tensor2d(clean, [rows, numTargets]), observed: tf.tensor2d(obs, [rows, numTargets]), count };
}

/**
 * Masked MSE: L = Σ m_ij (ŷ_ij − y_ij)² / Σ m_ij, m = 1 where the target was observed; restricted to
 * the given batch rows (indices into the training rows) when `batch` is set.
 */
export function maskedMse(pred: tf.Tensor2D, t: MaskedTargets, batch: tf.Tensor1D | null): tf.Scalar {
  return tf.tidy(() => {
    const y = batch === null ? t.y : tf.gather(t.y, batch);
    const m = batch === null ? t.observed : tf.gather(t.observed, batch);
    return tf.div(tf.sum(tf.square(tf.mul(tf.sub(pred, y), m))), tf.maximum(tf.sum(m), 1)) as tf.Scalar;
  });
}

function shuffledBatches(rows: number, size: number, rng: Rng): Int32Array[] {
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const a = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = a;
  }
  const out: Int32Array[] = [];
  for (let s = 0; s < rows; s += size) out.push(order.slice(s, s + size));
  return out;
}

/**
 * Adam(lr, β = (0.9, 0.999), ε = 1e-8) loop over `epochs` (full batch, or shuffled mini-batches of
 * `batchSize` rows: `loss` receives the 1-based update step, which seeds dropout, and the batch's row
 * indices, or null for the full batch), each step
 * inside `tf.tidy`; the optimizer's slot variables are disposed at the end, so no tensor outlives the
 * call. The recorded loss of an epoch is the mean of its batch losses.
 */
export function trainLoop(
  variables: tf.Variable[],
  numRows: number,
  loss: (step: number, batch: tf.Tensor1D | null) => tf.Scalar,
  options: BaselineFitOptions,
  validationLoss?: () => number,
): BaselineHistory {
  const stopping = validationLoss !== undefined ? options.earlyStopping : undefined;
  let best = { loss: Number.POSITIVE_INFINITY, epoch: 0, values: undefined as Float32Array[] | undefined };
  const size = options.batchSize ?? numRows;
  if (!Number.isInteger(size) || size <= 0) throw new GnnError('BAD_CONFIG', `batchSize must be a positive integer, got ${size}`);
  const rng = new Rng((options.seed ?? 1) ^ 0x5bd1e995);
  const epochs = options.epochs ?? 400;
  if (!Number.isInteger(epochs) || epochs < 0) throw new GnnError('BAD_CONFIG', `epochs must be an integer >= 0, got ${epochs}`);
  const optimizer = tf.train.adam(options.learningRate ?? 0.01, 0.9, 0.999, 1e-8);
  const history: BaselineHistory = { loss: [] };
  const every = options.progressEvery ?? 10;
  const t0 = performance.now();
  let step = 0;
  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      let value = 0;
      const batches = size >= numRows ? [null] : shuffledBatches(numRows, size, rng);
      for (const rows of batches) {
        const cost = tf.tidy(() => {
          const batch = rows === null ? null : tf.tensor1d(rows, 'int32');
          step++;
          return optimizer.minimize(() => loss(step, batch), true, variables) ?? tf.scalar(Number.NaN);
        });
        value += (cost.dataSync()[0] ?? Number.NaN) / batches.length;
        cost.dispose();
      }
      history.loss.push(value);
      if (stopping !== undefined && validationLoss !== undefined && epoch % (stopping.every ?? 10) === 0) {
        const v = validationLoss();
        if (v < best.loss) best = { loss: v, epoch, values: variables.map((x) => (x.dataSync() as Float32Array).slice()) };
        else if (epoch - best.epoch >= stopping.patience) break;
      }
      if (options.onProgress !== undefined && (epoch % every === 0 || epoch === epochs)) {
        const elapsedMs = performance.now() - t0;
        options.onProgress({ epoch, epochs, loss: value, elapsedMs, etaMs: (elapsedMs / epoch) * (epochs - epoch) });
      }
    }
  } finally {
    optimizer.dispose();
  }
  if (best.values !== undefined) {
    const kept = best.values;
    tf.tidy(() => kept.forEach((v, i) => variables[i]?.assign(tf.tensor(v, variables[i]?.shape))));
    history.bestEpoch = best.epoch;
  }
  return history;
}

/** MSE over the observed (non-NaN) targets of the rows with `mask[i] === 1`. */
export function maskedMseOf(pred: Float32Array, y: Float32Array, numTargets: number, mask: Uint8Array): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== 1) continue;
    for (let j = i * numTargets; j < (i + 1) * numTargets; j++) {
      const target = y[j] ?? Number.NaN;
      if (Number.isNaN(target)) continue;
      sum += ((pred[j] ?? 0) - target) ** 2;
      count++;
    }
  }
  return count > 0 ? sum / count : Number.POSITIVE_INFINITY;
}

/** Inverted dropout with a per-update seed (tfjs `dropout` is deterministic given its seed). */
export function seededDropout(h: tf.Tensor2D, rate: number, seed: number, step: number): tf.Tensor2D {
  return rate > 0 ? (tf.dropout(h, rate, undefined, (seed * 1_000_003 + step) >>> 0) as tf.Tensor2D) : h;
}

export { Rng };
