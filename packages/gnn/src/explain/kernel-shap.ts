import { GnnError } from '../errors.js';
import { shapleyCoalitions } from './coalitions.js';
import { solveNormalEquations } from './linear-solve.js';

/** A black box: `n` rows of features [n, F] row-major → predictions [n, T] row-major. */
export type PredictFn = (rows: Float32Array, n: number) => Float32Array;

export interface KernelShapOptions {
  /** Coalitions evaluated (each costs one prediction per background row). Default 2F + 2048 (as `shap`). */
  readonly numSamples?: number;
  /** Seed of the coalition sampler. Default 1. */
  readonly seed?: number;
  /** Rows per `predict` call. Default 16384. */
  readonly batchRows?: number;
}

/** SHAP values of one prediction, per output: φ [T, F] row-major, with base E[f(background)] and f(x). */
export interface ShapExplanation {
  readonly numFeatures: number;
  readonly numOutputs: number;
  /** φ_ti: contribution of feature i to output t, in the units of the model output. */
  readonly values: Float64Array;
  /** E_b[f(b)] over the background rows, per output. */
  readonly base: Float64Array;
  /** f(x), per output. */
  readonly prediction: Float64Array;
  /** The explained feature vector. */
  readonly x: Float32Array;
  /** True when every coalition was enumerated: the values are then the exact Shapley values. */
  readonly exact: boolean;
}

/**
 * KernelSHAP (Lundberg & Lee, "A Unified Approach to Interpreting Model Predictions", NeurIPS 2017,
 * Thm. 2) with an interventional background: the value of a coalition z ⊆ {1..F} is
 *   v(z) = (1/B) Σ_b f(x_z, b_{¬z})
 * and φ minimises Σ_z π(z) (v(z) − v(∅) − Σ_{i∈z} φ_i)² under the efficiency constraint
 * Σ_i φ_i = f(x) − E_b[f(b)], imposed exactly by eliminating the last feature. With all coalitions
 * enumerated (2^F − 2 ≤ numSamples) the result equals the exact Shapley values; otherwise coalitions
 * are chosen by `shapleyCoalitions`. For a linear model f = w·x + c the result is w_i (x_i − E_b[b_i])
 * for any coalition set of full rank. Deterministic given `seed`.
 * Shapes: x [F]; background [B, F] row-major.
 */
export function kernelShap(
  predict: PredictFn,
  x: Float32Array,
  background: Float32Array,
  options: KernelShapOptions = {},
): ShapExplanation {
  const m = x.length;
  if (m === 0) throw new GnnError('BAD_INPUT', 'kernelShap needs at least one feature');
  if (background.length === 0 || background.length % m !== 0) {
    throw new GnnError('BAD_INPUT', `background has ${background.length} values, not a non-empty multiple of ${m} features`);
  }
  const nb = background.length / m;
  const fx = Float64Array.from(predict(x.slice(), 1));
  const t = fx.length;
  if (t === 0) throw new GnnError('BAD_INPUT', 'predict returned no output for one row');
  const coalitions = shapleyCoalitions(m, options.numSamples ?? 2 * m + 2048, options.seed ?? 1);
  const masks = m >= 2 ? coalitions.masks : new Uint8Array(0);
  const count = m >= 2 ? coalitions.count : 0;
  // v(∅) is the background mean; v of each coalition averages over the background.
  const empty = new Uint8Array(m);
  const all = new Uint8Array(count * m + m);
  all.set(masks);
  all.set(empty, count * m);
  const v = coalitionValues(predict, x, background, nb, all, count + 1, t, options.batchRows ?? 16384);
  const base = v.subarray(count * t, count * t + t);
  const delta = Float64Array.from(fx, (f, o) => f - (base[o] ?? 0));
  const values = new Float64Array(t * m);
  if (m === 1) {
    values.set(delta);
  } else {
    // Eliminate φ_last = Δ − Σ_{j<last} φ_j: regress (v(z) − v(∅) − z_last Δ) on (z_j − z_last).
    const p = m - 1;
    const ata = new Float64Array(p * p);
    const atb = new Float64Array(p * t);
    const a = new Float64Array(p);
    for (let c = 0; c < count; c++) {
      const w = coalitions.weights[c] ?? 0;
      const zl = masks[c * m + p] ?? 0;
      for (let j = 0; j < p; j++) a[j] = (masks[c * m + j] ?? 0) - zl;
      for (let i = 0; i < p; i++) {
        const ai = (a[i] ?? 0) * w;
        if (ai === 0) continue;
        for (let j = 0; j < p; j++) ata[i * p + j] = (ata[i * p + j] ?? 0) + ai * (a[j] ?? 0);
        for (let o = 0; o < t; o++) {
          const y = (v[c * t + o] ?? 0) - (base[o] ?? 0) - zl * (delta[o] ?? 0);
          atb[i * t + o] = (atb[i * t + o] ?? 0) + ai * y;
        }
      }
    }
    const phi = solveNormalEquations(ata, atb, p, t);
    for (let o = 0; o < t; o++) {
      let sum = 0;
      for (let j = 0; j < p; j++) {
        const f = phi[j * t + o] ?? 0;
        values[o * m + j] = f;
        sum += f;
      }
      values[o * m + p] = (delta[o] ?? 0) - sum;
    }
  }
  return {
    numFeatures: m,
    numOutputs: t,
    values,
    base: Float64Array.from(base),
    prediction: fx,
    x: x.slice(),
    exact: m === 1 || coalitions.exhaustive,
  };
}

/** v(z) for `count` coalitions [count, T]: the mean prediction over background rows with z's features from x. */
function coalitionValues(
  predict: PredictFn,
  x: Float32Array,
  background: Float32Array,
  nb: number,
  masks: Uint8Array,
  count: number,
  t: number,
  batchRows: number,
): Float64Array {
  const m = x.length;
  const out = new Float64Array(count * t);
  const perBatch = Math.max(1, Math.floor(batchRows / nb));
  for (let c0 = 0; c0 < count; c0 += perBatch) {
    const cs = Math.min(perBatch, count - c0);
    const rows = new Float32Array(cs * nb * m);
    for (let c = 0; c < cs; c++) {
      const mask = masks.subarray((c0 + c) * m, (c0 + c + 1) * m);
      for (let b = 0; b < nb; b++) {
        const o = (c * nb + b) * m;
        rows.set(background.subarray(b * m, b * m + m), o);
        for (let i = 0; i < m; i++) if (mask[i] === 1) rows[o + i] = x[i] ?? 0;
      }
    }
    const pred = predict(rows, cs * nb);
    if (pred.length !== cs * nb * t)
      throw new GnnError('BAD_INPUT', `predict returned ${pred.length} values for ${cs * nb} rows, expected ${t} per row`);
    for (let c = 0; c < cs; c++) {
      for (let b = 0; b < nb; b++) {
        for (let o = 0; o < t; o++) out[(c0 + c) * t + o] = (out[(c0 + c) * t + o] ?? 0) + (pred[(c * nb + b) * t + o] ?? 0) / nb;
      }
    }
  }
  return out;
}

/** max_t |Σ_i φ_ti − (f(x)_t − base_t)|: the efficiency residual (≈ 0 up to float rounding). */
export function efficiencyGap(e: ShapExplanation): number {
  let worst = 0;
  for (let o = 0; o < e.numOutputs; o++) {
    let sum = 0;
    for (let i = 0; i < e.numFeatures; i++) sum += e.values[o * e.numFeatures + i] ?? 0;
    worst = Math.max(worst, Math.abs(sum - ((e.prediction[o] ?? 0) - (e.base[o] ?? 0))));
  }
  return worst;
}

/**
 * Exact Shapley values by enumeration (Shapley, 1953):
 *   φ_i = Σ_{S ⊆ N∖{i}} |S|! (F − |S| − 1)! / F! · (v(S ∪ {i}) − v(S)),  same v as `kernelShap`.
 * Cost 2^F coalitions; refuses F > 16. A reference for tests and tiny models.
 */
export function exactShapley(predict: PredictFn, x: Float32Array, background: Float32Array): Float64Array {
  const m = x.length;
  if (m > 16) throw new GnnError('TOO_LARGE', `exactShapley enumerates 2^F coalitions; F = ${m} > 16`);
  const nb = background.length / m;
  const total = 1 << m;
  const masks = new Uint8Array(total * m);
  for (let s = 0; s < total; s++) for (let i = 0; i < m; i++) masks[s * m + i] = (s >> i) & 1;
  const t = predict(x.slice(), 1).length;
  const v = coalitionValues(predict, x, background, nb, masks, total, t, 16384);
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  const phi = new Float64Array(t * m);
  for (let s = 0; s < total; s++) {
    let size = 0;
    for (let i = 0; i < m; i++) size += (s >> i) & 1;
    for (let i = 0; i < m; i++) {
      if ((s >> i) & 1) continue;
      const w = (fact(size) * fact(m - size - 1)) / fact(m);
      const with_ = s | (1 << i);
      for (let o = 0; o < t; o++) phi[o * m + i] = (phi[o * m + i] ?? 0) + w * ((v[with_ * t + o] ?? 0) - (v[s * t + o] ?? 0));
    }
  }
  return phi;
}
