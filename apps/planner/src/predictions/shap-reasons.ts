import type { ShapExplanation } from '@liftgraph/gnn';
import { featureLabel, featureUnit } from './feature-labels.js';

/** One feature's push on one predicted target, in the target's unit. */
export interface ShapReason {
  feature: string;
  /** The feature in coach words. */
  label: string;
  /** The feature's value in its own unit (before standardization); null when not finite. */
  value: number | null;
  valueUnit: string;
  /** Signed SHAP value in the target's unit (kg / reps / s). */
  contribution: number;
  direction: 'up' | 'down' | 'none';
}

/** Why the model predicts what it predicts for one target of one next performance. */
export interface TargetShap {
  target: string;
  unit: string;
  /** The last performance's own value ("repeat last time"); null when unknown (e.g. rest not logged). */
  lastValue: number | null;
  /** The model's prediction with every feature drawn from the background: last value + E[model change]. */
  baseValue: number;
  /** The model's unrounded prediction: baseValue + Σ every feature's contribution. */
  prediction: number;
  /** The `topK` largest |contribution|, largest first. */
  reasons: ShapReason[];
  /** Σ of the contributions of the features not listed, so baseValue + Σ reasons + rest = prediction. */
  otherContribution: number;
  /** |Σ all contributions − (prediction − baseValue)|, in the target's unit (≈ 0: KernelSHAP imposes it). */
  efficiencyGap: number;
}

export interface ShapeOptions {
  featureNames: readonly string[];
  /** Raw (unstandardized) feature values of the explained node, aligned with `featureNames`. */
  rawValues: ArrayLike<number>;
  /** The model's target scaler: real residual = z · std + mean. */
  targetMean: ArrayLike<number>;
  targetStd: ArrayLike<number>;
  /** The node's persistence per target (NaN when unknown); the models predict a residual to it. */
  persistence: ArrayLike<number>;
  targets: readonly { name: string; unit: string }[];
  /** Target indices to report (e.g. leave out rest when the model never saw a logged rest). */
  include?: readonly number[];
  topK?: number;
}

/** Contributions below this (in target units) carry no direction. */
const NEGLIGIBLE = 1e-6;

/**
 * KernelSHAP output of a residual model (standardized units) → per-target reasons in kg / reps / s.
 * With ŷ_t = p_t + μ_t + σ_t · f_t(x) (p the persistence, NaN → 0) the SHAP values scale by σ_t and
 * the base value is p_t + μ_t + σ_t · E_b[f_t(b)]; efficiency carries over: base + Σ φ_t·σ_t = ŷ_t.
 */
export function shapeShapReasons(e: ShapExplanation, o: ShapeOptions): TargetShap[] {
  const m = e.numFeatures;
  if (o.featureNames.length !== m) throw new Error(`${o.featureNames.length} feature names for ${m} SHAP features`);
  const topK = o.topK ?? 5;
  const include = o.include ?? o.targets.map((_, t) => t);
  return include.map((t) => {
    const target = o.targets[t];
    if (target === undefined || t >= e.numOutputs)
      throw new Error(`target ${t} is not an output of the explanation (${e.numOutputs} outputs)`);
    const std = o.targetStd[t] ?? 1;
    const mean = o.targetMean[t] ?? 0;
    const last = o.persistence[t] ?? Number.NaN;
    const offset = (Number.isNaN(last) ? 0 : last) + mean;
    const prediction = offset + (e.prediction[t] ?? 0) * std;
    const baseValue = offset + (e.base[t] ?? 0) * std;
    const all = o.featureNames.map((feature, i): ShapReason => {
      const contribution = (e.values[t * m + i] ?? 0) * std;
      const value = o.rawValues[i] ?? Number.NaN;
      return {
        feature,
        label: featureLabel(feature),
        value: Number.isFinite(value) ? value : null,
        valueUnit: featureUnit(feature),
        contribution,
        direction: contribution > NEGLIGIBLE ? 'up' : contribution < -NEGLIGIBLE ? 'down' : 'none',
      };
    });
    const total = all.reduce((s, r) => s + r.contribution, 0);
    const ranked = [...all].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.feature.localeCompare(b.feature));
    const reasons = ranked.slice(0, topK);
    return {
      target: target.name,
      unit: target.unit,
      lastValue: Number.isNaN(last) ? null : last,
      baseValue,
      prediction,
      reasons,
      otherContribution: total - reasons.reduce((s, r) => s + r.contribution, 0),
      efficiencyGap: Math.abs(total - (prediction - baseValue)),
    };
  });
}
