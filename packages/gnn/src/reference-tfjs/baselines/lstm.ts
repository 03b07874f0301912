import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../../errors.js';
import { gatherSequences } from './sequences.js';
import { glorot, Rng, seededDropout } from './tf-train.js';
import type { BaselineFitOptions, BaselineHistory } from './tf-train.js';
import { resolveRegressorConfig, TfRegressor } from './tf-regressor.js';
import type { RegressorShape } from './tf-regressor.js';

/** Hyperparameters of the LSTM sequence baseline. */
export interface LstmConfig extends RegressorShape {
  readonly inFeatures: number;
  /** Previous occurrences per sequence (the node itself is a further, last step). */
  readonly seqLen: number;
  /** LSTM state width and dense width. Default 32. */
  readonly hidden: number;
  /** Default 3. */
  readonly outFeatures: number;
  /** Dropout before the head, in [0, 1). Default 0.3. */
  readonly dropout: number;
}

const NAMES = ['lstm/kernel', 'lstm/recurrent_kernel', 'lstm/bias', 'dense/kernel', 'dense/bias', 'head/kernel', 'head/bias'] as const;

/**
 * FitRec-style history model (Ni, Muhlstein & McAuley, "Modeling Heart Rate and Activity Data for
 * Personalized Fitness Recommendation", WWW 2019): an LSTM (Hochreiter & Schmidhuber, 1997) over the
 * feature vectors of an exercise's previous k occurrences and the current one, then
 *   Ŷ = Dropout(ReLU(h_T·W_d + b_d))·Wₕ + bₕ.
 * Cell (gate order i, f, g, o; forget bias initialised to 1, Jozefowicz et al. 2015):
 *   [i f g o] = x_t·W + h_{t−1}·U + b;  c_t = σ(f)⊙c_{t−1} + σ(i)⊙tanh(g);  h_t = σ(o)⊙tanh(c_t).
 * Padded steps (sequence index −1) leave (h, c) unchanged. Trained like the MLP (masked MSE, Adam).
 * Shapes: x [N, F], sequences Int32Array [N, seqLen] (see `sequencesFromNext`), y [N, T].
 * The shared plumbing (variables, training loop, chunked prediction) is `TfRegressor`'s.
 */
type LstmInput = { readonly x: Float32Array; readonly sequences: Int32Array };

export class LstmRegressor extends TfRegressor<LstmConfig, LstmInput> {
  protected readonly defaultBatchRows = 8192;

  private constructor(config: LstmConfig, params: Readonly<Record<string, Float32Array>>) {
    const { inFeatures: f, hidden: h, outFeatures: t } = config;
    super(
      config,
      NAMES,
      [
        [f, 4 * h],
        [h, 4 * h],
        [1, 4 * h],
        [h, h],
        [1, h],
        [h, t],
        [1, t],
      ],
      params,
    );
  }

  static create(config: Partial<LstmConfig> & Pick<LstmConfig, 'inFeatures' | 'seqLen'>, seed = 42): LstmRegressor {
    const c = resolveRegressorConfig<LstmConfig>(config, ['inFeatures', 'seqLen', 'hidden', 'outFeatures']);
    const rng = new Rng(seed);
    const { inFeatures: f, hidden: h, outFeatures: t } = c;
    const bias = new Float32Array(4 * h);
    bias.fill(1, h, 2 * h);
    return new LstmRegressor(c, {
      'lstm/kernel': glorot(rng, f, 4 * h),
      'lstm/recurrent_kernel': glorot(rng, h, 4 * h),
      'lstm/bias': bias,
      'dense/kernel': glorot(rng, h, h),
      'dense/bias': new Float32Array(h),
      'head/kernel': glorot(rng, h, t),
      'head/bias': new Float32Array(t),
    });
  }

  static fromParams(config: LstmConfig, params: Readonly<Record<string, Float32Array>>): LstmRegressor {
    return new LstmRegressor(config, params);
  }

  /** The seqLen + 1 time steps [rows, F] (the node itself last), then their masks [rows, 1]. */
  protected tensorsFor(input: LstmInput, rows: Int32Array): tf.Tensor2D[] {
    const { inFeatures: f, seqLen: k } = this.config;
    const b = gatherSequences(input.x, f, input.sequences, k, rows);
    return [...b.steps.map((s) => tf.tensor2d(s, [rows.length, f])), ...b.masks.map((m) => tf.tensor2d(m, [rows.length, 1]))];
  }

  protected forward(inputs: tf.Tensor2D[], training: boolean, seed = 0, step = 0): tf.Tensor2D {
    const [w, u, b, wd, bd, wh, bh] = this.vars as [
      tf.Variable,
      tf.Variable,
      tf.Variable,
      tf.Variable,
      tf.Variable,
      tf.Variable,
      tf.Variable,
    ];
    const h = this.config.hidden;
    const steps = inputs.slice(0, this.config.seqLen + 1);
    const masks = inputs.slice(this.config.seqLen + 1);
    return tf.tidy(() => {
      const rows = steps[0]?.shape[0] ?? 0;
      let hs: tf.Tensor2D = tf.zeros([rows, h]);
      let cs: tf.Tensor2D = tf.zeros([rows, h]);
      steps.forEach((xt, s) => {
        const z = tf.add(tf.add(tf.matMul(xt, w), tf.matMul(hs, u)), b);
        const [gi, gf, gg, go] = [0, 1, 2, 3].map((g) => tf.slice(z, [0, g * h], [-1, h])) as [
          tf.Tensor2D,
          tf.Tensor2D,
          tf.Tensor2D,
          tf.Tensor2D,
        ];
        const c = tf.add(tf.mul(tf.sigmoid(gf), cs), tf.mul(tf.sigmoid(gi), tf.tanh(gg)));
        const hn = tf.mul(tf.sigmoid(go), tf.tanh(c));
        const m = masks[s];
        if (m === undefined) throw new GnnError('INTERNAL', 'one mask per step expected');
        // m ∈ {0, 1}: padded steps keep the previous state.
        cs = tf.add(cs, tf.mul(m, tf.sub(c, cs)));
        hs = tf.add(hs, tf.mul(m, tf.sub(hn, hs)));
      });
      let d = tf.relu(tf.add(tf.matMul(hs, wd), bd)) as tf.Tensor2D;
      if (training) d = seededDropout(d, this.config.dropout, seed, step);
      return tf.add(tf.matMul(d, wh), bh);
    });
  }

  /** Trains in place on the rows of `options.rowMask`; NaN targets are left out of the loss. */
  fit(x: Float32Array, y: Float32Array, sequences: Int32Array, options: BaselineFitOptions = {}): BaselineHistory {
    return this.fitInput({ x, sequences }, y, options);
  }

  /** Ŷ [N, outFeatures] for every node, dropout off; evaluated in chunks of `batchRows` rows. */
  predict(x: Float32Array, sequences: Int32Array, batchRows = this.defaultBatchRows): Float32Array {
    return this.predictInput({ x, sequences }, batchRows);
  }
}
