import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../../errors.js';
import { gatherRows, maskedMse, maskedMseOf, maskedTargets, selectedRows, trainLoop } from './tf-train.js';
import type { BaselineFitOptions, BaselineHistory } from './tf-train.js';

/** Widths every baseline has. */
export interface RegressorShape {
  readonly inFeatures: number;
  readonly hidden: number;
  readonly outFeatures: number;
  /** Dropout probability, in [0, 1). */
  readonly dropout: number;
}

/** Fills the shared defaults (hidden 32, 3 outputs, dropout 0.3) and checks every width and the dropout. */
export function resolveRegressorConfig<C extends RegressorShape>(
  config: Partial<C> & Omit<C, keyof RegressorShape> & Pick<RegressorShape, 'inFeatures'>,
  intKeys: readonly (keyof C)[],
): C {
  const c = { hidden: 32, outFeatures: 3, dropout: 0.3, ...config } as unknown as C;
  for (const k of intKeys) {
    const v = c[k] as unknown as number;
    if (!Number.isInteger(v) || v <= 0) throw new GnnError('BAD_CONFIG', `${String(k)} must be a positive integer, got ${v}`);
  }
  if (!(c.dropout >= 0 && c.dropout < 1)) throw new GnnError('BAD_CONFIG', `dropout must be in [0, 1), got ${c.dropout}`);
  return c;
}

/**
 * The plumbing the graph-free baselines (MLP, LSTM) share on TensorFlow.js: named [rows, cols]
 * parameters as tf variables, masked-MSE training of the selected rows through `trainLoop` (with
 * mini-batches and early stopping), chunked prediction and disposal. A subclass turns its input for
 * some rows into tensors (`tensorsFor`) and maps those to Ŷ (`forward`).
 * `I` is the subclass's input: the feature matrix plus whatever else it needs (the LSTM's sequences).
 */
export abstract class TfRegressor<C extends RegressorShape, I extends { readonly x: Float32Array }> {
  protected readonly vars: tf.Variable[];

  protected constructor(
    readonly config: C,
    private readonly names: readonly string[],
    shapes: readonly (readonly [number, number])[],
    params: Readonly<Record<string, Float32Array>>,
  ) {
    this.vars = names.map((name, i) => {
      const [r, c] = shapes[i] ?? [1, 1];
      const v = params[name];
      if (v === undefined || v.length !== r * c) throw new GnnError('BAD_INPUT', `parameter ${name} must have ${r * c} values`);
      return tf.tidy(() => tf.variable(tf.tensor2d(v, [r, c])));
    });
  }

  /** The input tensors of `rows` (each [rows, *]); disposed by the caller. */
  protected abstract tensorsFor(input: I, rows: Int32Array): tf.Tensor2D[];

  /** Ŷ [rows, outFeatures] of the tensors of `tensorsFor` (or of a batch gathered from them). */
  protected abstract forward(inputs: tf.Tensor2D[], training: boolean, seed?: number, step?: number): tf.Tensor2D;

  getParams(): Record<string, Float32Array> {
    return Object.fromEntries(this.names.map((n, i) => [n, (this.vars[i]?.dataSync() as Float32Array).slice()]));
  }

  /** Trains in place on the rows of `options.rowMask`; NaN targets are left out of the loss. */
  protected fitInput(input: I, y: Float32Array, options: BaselineFitOptions): BaselineHistory {
    const t = this.config.outFeatures;
    const n = this.rowsOf(input.x);
    if (y.length !== n * t) throw new GnnError('BAD_INPUT', `y has ${y.length} values, expected ${n}×${t}`);
    const rows = selectedRows(n, options.rowMask);
    if (rows.length === 0) return { loss: [] };
    const inputs = this.tensorsFor(input, rows);
    const targets = maskedTargets(gatherRows(y, t, rows), rows.length, t);
    const seed = options.seed ?? 1;
    try {
      return trainLoop(
        this.vars,
        rows.length,
        (step, batch) =>
          maskedMse(this.forward(batch === null ? inputs : inputs.map((v) => tf.gather(v, batch)), true, seed, step), targets, batch),
        options,
        options.earlyStopping && (() => maskedMseOf(this.predictInput(input), y, t, options.earlyStopping?.valMask ?? new Uint8Array(n))),
      );
    } finally {
      tf.dispose([...inputs, targets.y, targets.observed]);
    }
  }

  /** Ŷ [N, outFeatures] for every row, dropout off; evaluated in chunks of `batchRows` rows. */
  protected predictInput(input: I, batchRows = this.defaultBatchRows): Float32Array {
    const n = this.rowsOf(input.x);
    const t = this.config.outFeatures;
    const out = new Float32Array(n * t);
    for (let start = 0; start < n; start += batchRows) {
      const rows = Int32Array.from({ length: Math.min(batchRows, n - start) }, (_, i) => start + i);
      const inputs = this.tensorsFor(input, rows);
      out.set(
        tf.tidy(() => this.forward(inputs, false).dataSync()),
        start * t,
      );
      tf.dispose(inputs);
    }
    return out;
  }

  /** Rows per prediction chunk. */
  protected abstract readonly defaultBatchRows: number;

  dispose(): void {
    tf.dispose(this.vars);
  }

  protected rowsOf(x: Float32Array): number {
    const f = this.config.inFeatures;
    if (x.length % f !== 0) throw new GnnError('BAD_FEATURES', `x has ${x.length} values, not a multiple of ${f} features`);
    return x.length / f;
  }
}
