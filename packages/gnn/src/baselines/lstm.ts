import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../errors.js';
import { gatherSequences } from './sequences.js';
import { glorot, gatherRows, maskedMse, maskedMseOf, maskedTargets, Rng, seededDropout, selectedRows, trainLoop } from './tf-train.js';
import type { BaselineFitOptions, BaselineHistory } from './tf-train.js';

/** Hyperparameters of the LSTM sequence baseline. */
export interface LstmConfig {
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
 */
export class LstmRegressor {
  private readonly vars: tf.Variable[];

  private constructor(
    readonly config: LstmConfig,
    params: Readonly<Record<string, Float32Array>>,
  ) {
    const { inFeatures: f, hidden: h, outFeatures: t } = config;
    const shapes: [number, number][] = [[f, 4 * h], [h, 4 * h], [1, 4 * h], [h, h], [1, h], [h, t], [1, t]];
    this.vars = NAMES.map((name, i) => {
      const [r, c] = shapes[i] ?? [1, 1];
      const v = params[name];
      if (v === undefined || v.length !== r * c) throw new GnnError('BAD_INPUT', `parameter ${name} must have ${r * c} values`);
      return tf.tidy(() => tf.variable(tf.tensor2d(v, [r, c])));
    });
  }

  static create(config: Partial<LstmConfig> & Pick<LstmConfig, 'inFeatures' | 'seqLen'>, seed = 42): LstmRegressor {
    const c: LstmConfig = { hidden: 32, outFeatures: 3, dropout: 0.3, ...config };
    for (const k of ['inFeatures', 'seqLen', 'hidden', 'outFeatures'] as const) {
      if (!Number.isInteger(c[k]) || c[k] <= 0) throw new GnnError('BAD_CONFIG', `${k} must be a positive integer, got ${c[k]}`);
    }
    if (!(c.dropout >= 0 && c.dropout < 1)) throw new GnnError('BAD_CONFIG', `dropout must be in [0, 1), got ${c.dropout}`);
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

  getParams(): Record<string, Float32Array> {
    return Object.fromEntries(NAMES.map((n, i) => [n, (this.vars[i]?.dataSync() as Float32Array).slice()]));
  }

  private forward(steps: tf.Tensor2D[], masks: tf.Tensor2D[], training: boolean, seed = 0, epoch = 0): tf.Tensor2D {
    const [w, u, b, wd, bd, wh, bh] = this.vars as [tf.Variable, tf.Variable, tf.Variable, tf.Variable, tf.Variable, tf.Variable, tf.Variable];
    const h = this.config.hidden;
    return tf.tidy(() => {
      const rows = steps[0]?.shape[0] ?? 0;
      let hs: tf.Tensor2D = tf.zeros([rows, h]);
      let cs: tf.Tensor2D = tf.zeros([rows, h]);
      steps.forEach((xt, s) => {
        const z = tf.add(tf.add(tf.matMul(xt, w), tf.matMul(hs, u)), b);
        const [gi, gf, gg, go] = [0, 1, 2, 3].map((g) => tf.slice(z, [0, g * h], [-1, h])) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
        const c = tf.add(tf.mul(tf.sigmoid(gf), cs), tf.mul(tf.sigmoid(gi), tf.tanh(gg)));
        const hn = tf.mul(tf.sigmoid(go), tf.tanh(c));
        const m = masks[s];
        if (m === undefined) throw new GnnError('INTERNAL', 'one mask per step expected');
        // m ∈ {0, 1}: padded steps keep the previous state.
        cs = tf.add(cs, tf.mul(m, tf.sub(c, cs)));
        hs = tf.add(hs, tf.mul(m, tf.sub(hn, hs)));
      });
      let d = tf.relu(tf.add(tf.matMul(hs, wd), bd)) as tf.Tensor2D;
      if (training) d = seededDropout(d, this.config.dropout, seed, epoch);
      return tf.add(tf.matMul(d, wh), bh);
    });
  }

  private batch(x: Float32Array, sequences: Int32Array, rows: Int32Array): { steps: tf.Tensor2D[]; masks: tf.Tensor2D[] } {
    const { inFeatures: f, seqLen: k } = this.config;
    const b = gatherSequences(x, f, sequences, k, rows);
    return {
      steps: b.steps.map((s) => tf.tensor2d(s, [rows.length, f])),
      masks: b.masks.map((m) => tf.tensor2d(m, [rows.length, 1])),
    };
  }

  /** Trains in place on the rows of `options.rowMask`; NaN targets are left out of the loss. */
  fit(x: Float32Array, y: Float32Array, sequences: Int32Array, options: BaselineFitOptions = {}): BaselineHistory {
    const t = this.config.outFeatures;
    const n = this.rowsOf(x);
    if (y.length !== n * t) throw new GnnError('BAD_INPUT', `y has ${y.length} values, expected ${n}×${t}`);
    const rows = selectedRows(n, options.rowMask);
    if (rows.length === 0) return { loss: [] };
    const { steps, masks } = this.batch(x, sequences, rows);
    const targets = maskedTargets(gatherRows(y, t, rows), rows.length, t);
    const seed = options.seed ?? 1;
    try {
      return trainLoop(
        this.vars,
        rows.length,
        (epoch, batch) => {
          const pick = (ts: tf.Tensor2D[]): tf.Tensor2D[] => (batch === null ? ts : ts.map((t2) => tf.gather(t2, batch)));
          return maskedMse(this.forward(pick(steps), pick(masks), true, seed, epoch), targets, batch);
        },
        options,
        options.earlyStopping && (() => maskedMseOf(this.predict(x, sequences), y, t, options.earlyStopping?.valMask ?? new Uint8Array(n))),
      );
    } finally {
      tf.dispose([...steps, ...masks, targets.y, targets.observed]);
    }
  }

  /** Ŷ [N, outFeatures] for every node, dropout off; evaluated in chunks of `batchRows` rows. */
  predict(x: Float32Array, sequences: Int32Array, batchRows = 8192): Float32Array {
    const n = this.rowsOf(x);
    const t = this.config.outFeatures;
    const out = new Float32Array(n * t);
    for (let start = 0; start < n; start += batchRows) {
      const rows = Int32Array.from({ length: Math.min(batchRows, n - start) }, (_, i) => start + i);
      const { steps, masks } = this.batch(x, sequences, rows);
      out.set(tf.tidy(() => this.forward(steps, masks, false).dataSync()), start * t);
      tf.dispose([...steps, ...masks]);
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
