import { GnnError } from '../errors.js';
import { Rng } from '../train/rng.js';
import type { ShapExplanation } from './kernel-shap.js';

/** One feature's global importance for one output. */
export interface FeatureImportance {
  readonly feature: string;
  /** Mean |φ| over the explained predictions, in output units. */
  readonly meanAbs: number;
}

/**
 * Global ranking per output, as the study reports it: I_ti = (1/n) Σ_k |φ_ti^(k)| over n explained
 * predictions (Lundberg et al., "From local explanations to global understanding", Nat. Mach. Intell.
 * 2020, the SHAP summary bar). Returns one list per output, most important first.
 */
export function globalShapRanking(explanations: readonly ShapExplanation[], featureNames: readonly string[]): FeatureImportance[][] {
  const first = explanations[0];
  if (first === undefined) throw new GnnError('BAD_INPUT', 'globalShapRanking needs at least one explanation');
  const { numFeatures: m, numOutputs: t } = first;
  if (featureNames.length !== m) throw new GnnError('BAD_INPUT', `${featureNames.length} feature names for ${m} features`);
  const sums = new Float64Array(t * m);
  for (const e of explanations) {
    if (e.numFeatures !== m || e.numOutputs !== t) throw new GnnError('BAD_INPUT', 'explanations must share features and outputs');
    e.values.forEach((v, i) => (sums[i] = (sums[i] ?? 0) + Math.abs(v)));
  }
  return Array.from({ length: t }, (_, o) =>
    featureNames
      .map((feature, i) => ({ feature, meanAbs: (sums[o * m + i] ?? 0) / explanations.length }))
      .sort((a, b) => b.meanAbs - a.meanAbs),
  );
}

/** One reason behind one prediction. */
export interface Reason {
  readonly feature: string;
  /** The feature's value (in the units of `featureValues`, e.g. real units after inverse scaling). */
  readonly value: number;
  /** φ in target units (× `targetScale`), signed: positive pushes the prediction up. */
  readonly contribution: number;
}

export interface TopReasonsOptions {
  /** Output (target) index. Default 0. */
  readonly output?: number;
  /** How many reasons. Default 5. */
  readonly k?: number;
  /** Feature values to report (e.g. unstandardized); default the explained x. */
  readonly featureValues?: ArrayLike<number>;
  /** σ of the target when the model predicts standardized targets (φ_real = φ · σ). Default 1. */
  readonly targetScale?: number;
}

/** The k features with the largest |φ| for one output of one prediction, in target units. */
export function topReasons(e: ShapExplanation, featureNames: readonly string[], options: TopReasonsOptions = {}): Reason[] {
  const { output = 0, k = 5, targetScale = 1 } = options;
  const m = e.numFeatures;
  if (featureNames.length !== m) throw new GnnError('BAD_INPUT', `${featureNames.length} feature names for ${m} features`);
  if (!Number.isInteger(output) || output < 0 || output >= e.numOutputs)
    throw new GnnError('BAD_INPUT', `output must be in [0, ${e.numOutputs}), got ${output}`);
  const values = options.featureValues ?? e.x;
  return featureNames
    .map((feature, i) => ({ feature, value: values[i] ?? Number.NaN, contribution: (e.values[output * m + i] ?? 0) * targetScale }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, k);
}

/**
 * A deterministic background set: `size` rows drawn without replacement (partial Fisher–Yates from
 * `seed`) among the rows with `rowMask` 1 (all rows if absent), e.g. training nodes. Returns [size, F].
 */
export function sampleBackground(x: Float32Array, numFeatures: number, size: number, seed = 1, rowMask?: Uint8Array): Float32Array {
  const rows: number[] = [];
  const n = x.length / numFeatures;
  for (let i = 0; i < n; i++) if (rowMask === undefined || rowMask[i] === 1) rows.push(i);
  const take = Math.min(size, rows.length);
  if (take === 0) throw new GnnError('BAD_INPUT', 'sampleBackground: no row to sample from');
  const rng = new Rng(seed);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng.next() * (rows.length - i));
    const a = rows[i] ?? 0;
    rows[i] = rows[j] ?? 0;
    rows[j] = a;
  }
  const out = new Float32Array(take * numFeatures);
  for (let i = 0; i < take; i++) {
    const r = rows[i] ?? 0;
    out.set(x.subarray(r * numFeatures, (r + 1) * numFeatures), i * numFeatures);
  }
  return out;
}

/** Deterministic sample of up to `size` node indices with mask 1 (e.g. test nodes for a global ranking). */
export function sampleNodes(mask: Uint8Array, size: number, seed = 1): Int32Array {
  const idx = Float32Array.from({ length: mask.length }, (_, i) => i);
  const picked = sampleBackground(idx, 1, size, seed, mask);
  return Int32Array.from(picked).sort();
}
