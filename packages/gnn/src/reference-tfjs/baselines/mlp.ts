import * as tf from '@tensorflow/tfjs';
import { glorot, gatherRows, Rng, seededDropout } from './tf-train.js';
import type { BaselineFitOptions, BaselineHistory } from './tf-train.js';
import { resolveRegressorConfig, TfRegressor } from './tf-regressor.js';
import type { RegressorShape } from './tf-regressor.js';

/** Hyperparameters of the MLP baseline (the study models' widths, without the graph). */
export interface MlpConfig extends RegressorShape {
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
 * The shared plumbing (variables, training loop, chunked prediction) is `TfRegressor`'s.
 */
export class MlpRegressor extends TfRegressor<MlpConfig, { readonly x: Float32Array }> {
  protected readonly defaultBatchRows = 16384;

  private constructor(config: MlpConfig, params: Readonly<Record<string, Float32Array>>) {
    const { inFeatures: f, hidden: h, outFeatures: t } = config;
    super(
      config,
      NAMES,
      [
        [f, h],
        [1, h],
        [h, h],
        [1, h],
        [h, t],
        [1, t],
      ],
      params,
    );
  }

  /** Glorot kernels from `seed`, zero biases. */
  static create(config: Partial<MlpConfig> & Pick<MlpConfig, 'inFeatures'>, seed = 42): MlpRegressor {
    const c = resolveRegressorConfig<MlpConfig>(config, ['inFeatures', 'hidden', 'outFeatures']);
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

  protected tensorsFor(input: { readonly x: Float32Array }, rows: Int32Array): tf.Tensor2D[] {
    const f = this.config.inFeatures;
    return [tf.tensor2d(gatherRows(input.x, f, rows), [rows.length, f])];
  }

  protected forward([x]: tf.Tensor2D[], training: boolean, seed = 0, step = 0): tf.Tensor2D {
    const [w1, b1, w2, b2, wh, bh] = this.vars as [tf.Variable, tf.Variable, tf.Variable, tf.Variable, tf.Variable, tf.Variable];
    return tf.tidy(() => {
      let hid = tf.relu(tf.add(tf.matMul(x as tf.Tensor2D, w1), b1)) as tf.Tensor2D;
      if (training) hid = seededDropout(hid, this.config.dropout, seed, step);
      hid = tf.relu(tf.add(tf.matMul(hid, w2), b2)) as tf.Tensor2D;
      return tf.add(tf.matMul(hid, wh), bh);
    });
  }

  /** Trains in place on the rows of `options.rowMask`; NaN targets are left out of the loss. */
  fit(x: Float32Array, y: Float32Array, options: BaselineFitOptions = {}): BaselineHistory {
    return this.fitInput({ x }, y, options);
  }

  /** Ŷ [N, outFeatures], dropout off; evaluated in chunks of `batchRows` rows. */
  predict(x: Float32Array, batchRows = this.defaultBatchRows): Float32Array {
    return this.predictInput({ x }, batchRows);
  }
}
