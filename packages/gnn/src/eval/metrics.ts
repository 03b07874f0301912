import { GnnError } from '../errors.js';

/** Error of one target in its own unit (kg, reps, seconds), over `count` observed values. */
export interface TargetError {
  readonly mae: number;
  readonly rmse: number;
  readonly count: number;
}

/**
 * Mean absolute error and root-mean-squared error **per target column**, never pooled across
 * targets (their units differ):  MAE_t = (1/n_t) Σ_i |ŷ_it − y_it|,  RMSE_t = √((1/n_t) Σ_i (ŷ_it − y_it)²),
 * over rows with `mask[i] === 1` (all rows if absent) whose actual value y_it is not NaN (missing, e.g.
 * rest not logged). A target with no observed value gets `null`.
 * Shapes: pred, actual [rows, numTargets] row-major; mask [rows]. Returns one entry per target.
 */
export function maeRmsePerTarget(pred: Float32Array, actual: Float32Array, numTargets: number, mask?: Uint8Array): (TargetError | null)[] {
  if (!Number.isInteger(numTargets) || numTargets <= 0)
    throw new GnnError('BAD_INPUT', `numTargets must be a positive integer, got ${numTargets}`);
  if (pred.length !== actual.length || actual.length % numTargets !== 0) {
    throw new GnnError('BAD_INPUT', `pred (${pred.length}) and actual (${actual.length}) must both be [rows, ${numTargets}]`);
  }
  const rows = actual.length / numTargets;
  if (mask !== undefined && mask.length !== rows) throw new GnnError('BAD_INPUT', `mask has ${mask.length} entries, expected ${rows}`);
  const abs = new Float64Array(numTargets);
  const sq = new Float64Array(numTargets);
  const count = new Float64Array(numTargets);
  for (let i = 0; i < rows; i++) {
    if (mask !== undefined && mask[i] !== 1) continue;
    for (let t = 0; t < numTargets; t++) {
      const y = actual[i * numTargets + t] ?? Number.NaN;
      if (Number.isNaN(y)) continue;
      const e = (pred[i * numTargets + t] ?? Number.NaN) - y;
      abs[t] = (abs[t] ?? 0) + Math.abs(e);
      sq[t] = (sq[t] ?? 0) + e * e;
      count[t] = (count[t] ?? 0) + 1;
    }
  }
  return Array.from(count, (n, t) => (n === 0 ? null : { mae: (abs[t] ?? 0) / n, rmse: Math.sqrt((sq[t] ?? 0) / n), count: n }));
}

/**
 * Names the per-target errors and flattens them to `{ "<name>.mae": v, "<name>.rmse": v }` (null for
 * unobserved targets), the shape `repeatRuns` aggregates.
 */
export function flattenTargetErrors(names: readonly string[], errors: readonly (TargetError | null)[]): Record<string, number | null> {
  if (names.length !== errors.length) throw new GnnError('BAD_INPUT', `${names.length} target names for ${errors.length} targets`);
  const out: Record<string, number | null> = {};
  names.forEach((name, t) => {
    const e = errors[t] ?? null;
    out[`${name}.mae`] = e === null ? null : e.mae;
    out[`${name}.rmse`] = e === null ? null : e.rmse;
  });
  return out;
}
