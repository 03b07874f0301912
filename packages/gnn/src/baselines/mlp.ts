import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../errors.js';
import { glorot, gatherRows, maskedMse, maskedMseOf, maskedTargets, Rng, seededDropout, selectedRows, trainLoop } from './tf-train.js';
import type { BaselineFitOptions, BaselineHistory } from './tf-train.js';

/** Hyperparameters of the MLP baseline (the study models' widths, without the graph). */
export interface MlpConfig {
  readonly inFeatures: number;
  /** Width of both hidden layers. Default 32. */
  readonly hidden: number;
  /** Output width (targets). Default 3. */
  readonly outFeatures: number;
  /** Dropout after the first hidden layer, in [0, 1). Default 0.3. */
  readonly dropout: number;
}

const NAMES = ['dense1/kernel', 'dense1/bias', 'dense2/kernel', 'dense2/bias', 'head/kernel', 'head/bias'] as const;

/**
 * Graph-free baseline with the study models' shape, each node on its own features only:
 *   Ŷ = ReLU(Dropout(ReLU(X·W₁ + b₁))·W₂ + b₂)·Wₕ + bₕ
 * trained full-batch with Adam on the MSE over observed (non-NaN) targets of the training rows.
 * Pass standardized features and targets (see `Standardizer`). Shapes: x [N, inFeatures], y [N, outFeatures].
 * Deterministic given the `create` seed and the `fit` seed. Call `dispose()` when done.
 */
export class MlpRegressor {
  private readonly vars: tf.Variable[];

  private constructor(
    readonly config: MlpConfig,
    params: Readonly<Record<string, Float32Array>>,
  ) {
    const { inFeatures: f, hidden: h, outFeatures: t } = config;
    const shapes: [number, number][] = [[f, h], [1, h], [h, h], [1, h], [h, t], [1, t]];
    this.vars = NAMES.map((name, i) => {
      const [r, c] = shapes[i] ?? [1, 1];
      const v = params[name];
      if (v === undefined || v.length !== r * c) throw new GnnError('BAD_INPUT', `parameter ${name} must have ${r * c} values`);
      return tf.tidy(() => tf.variable(tf.tensor2d(v, [r, c])));
    });
  }

  /** Glorot kernels from `seed`, zero biases. */
  static create(config: Partial<MlpConfig> & Pick<MlpConfig, 'inFeatures'>, seed = 42): MlpRegressor {
    const c: MlpConfig = { hidden: 32, outFeatures: 3, dropout: 0.3, ...config };
    for (const k of ['inFeatures', 'hidden', 'outFeatures'] as const) {
      if (!Number.isInteger(c[k]) || c[k] <= 0) throw new GnnError('BAD_CONFIG', `${k} must be a positive integer, got ${c[k]}`);
    }
    if (!(c.dropout >= 0 && c.dropout < 1)) throw new GnnError('BAD_CONFIG', `dropout must be in [0, 1), got ${c.dropout}`);
    const rng = new Rng(seed);
    const { inFeatures: f, hidden: h, outFeatures: t } = c;
    return new MlpRegressor(c, {
      'dense1/kernel': glorot(rng, f, h),
      'dense1/bias': new Float32Array(h),
      'dense2/kernel': glorot(rng, h, h),
      'dense2/bias': new Float32Array(h),
      'head/kernel': glorot(rng, h, t),
      'head/bias': new Float32Array(t),
    });
  }

  static fromParams(config: MlpConfig, params: Readonly<Record<string, Float32Array>>): MlpRegressor {
    return new MlpRegressor(config, params);
  }

  getParams(): Record<string, Float32Array> {
    return Object.fromEntries(NAMES.map((n, i) => [n, (this.vars[i]?.dataSync() as Float32Array).slice()]));
  }

  private forward(x: tf.Tensor2D, training: boolean, seed = 0, epoch = 0): tf.Tensor2D {
    const [w1, b1, w2, b2, wh, bh] = this.vars as [tf.Variable, tf.Variable, tf.Variable, tf.Variable, tf.Variable, tf.Variable];
    return tf.tidy(() => {
      let hid = tf.relu(tf.add(tf.matMul(x, w1), b1)) as tf.Tensor2D;
      if (training) hid = seededDropout(hid, this.config.dropout, seed, epoch);
      hid = tf.relu(tf.add(tf.matMul(hid, w2), b2)) as tf.Tensor2D;
      return tf.add(tf.matMul(hid, wh), bh);
    });
  }

  /** Trains in place on the rows of `options.rowMask`; NaN targets are left out of the loss. */
  fit(x: Float32Array, y: Float32Array, options: BaselineFitOptions = {}): BaselineHistory {
    const { inFeatures: f, outFeatures: t } = this.config;
    const n = this.rowsOf(x);
    if (y.length !== n * t) throw new GnnError('BAD_INPUT', `y has ${y.length} values, expected ${n}×${t}`);
    const rows = selectedRows(n, options.rowMask);
    if (rows.length === 0) return { loss: [] };
    const xs = tf.tensor2d(gatherRows(x, f, rows), [rows.length, f]);
    const targets = maskedTargets(gatherRows(y, t, rows), rows.length, t);
    const seed = options.seed ?? 1;
    try {
      return trainLoop(
        this.vars,
        rows.length,
        (epoch, batch) => maskedMse(this.forward(batch === null ? xs : tf.gather(xs, batch), true, seed, epoch), targets, batch),
        options,
        options.earlyStopping && (() => maskedMseOf(this.predict(x), y, t, options.earlyStopping?.valMask ?? new Uint8Array(n))),
      );
    } finally {
      tf.dispose([xs, targets.y, targets.observed]);
    }
  }

  /** Ŷ [N, outFeatures], dropout off; evaluated in chunks of `batchRows` rows. */
  predict(x: Float32Array, batchRows = 16384): Float32Array {
    const f = this.config.inFeatures;
    const n = this.rowsOf(x);
    const out = new Float32Array(n * this.config.outFeatures);
    for (let start = 0; start < n; start += batchRows) {
      const m = Math.min(batchRows, n - start);
      const part = tf.tidy(() => this.forward(tf.tensor2d(x.subarray(start * f, (start + m) * f), [m, f]), false).dataSync());
      out.set(part, start * this.config.outFeatures);
    }
    return out;
  }

  dispose(): void {
    tf.dispose(this.vars);
  }

  private rowsOf(x: Float32Array): number {
    const f = this.config.inFeatures;
    if (x.length % f !== 0) throw new GnnError('BAD_FEATURES', `x has ${x.length} values, not a multiple of ${f} features`);
    return x.length / f;
  }
}
