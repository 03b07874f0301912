import { GnnError } from '../errors.js';

/** JSON form of a fitted `Standardizer` (stored next to a model so predictions can be inverted). */
export interface StandardizerJson {
  readonly kind: 'standardizer';
  readonly mean: number[];
  readonly std: number[];
}

/**
 * Per-column z-scoring (sklearn `StandardScaler` with ddof = 0):  z = (v − μ_c) / σ_c,  v = z·σ_c + μ_c.
 * μ_c and σ_c are fitted on the **training rows only** (`rowMask`), so test statistics never leak into
 * training. NaN values (missing, e.g. unknown rest) are skipped when fitting and stay NaN through
 * `transform` / `inverse`. A column with σ = 0 (constant) or no observed value gets σ = 1 (and μ = 0
 * when unobserved) so the transform stays finite and invertible.
 * Shapes: data [rows, numColumns] row-major.
 */
export class Standardizer {
  private constructor(
    readonly mean: Float64Array,
    readonly std: Float64Array,
  ) {}

  get numColumns(): number {
    return this.mean.length;
  }

  /** Fits μ and σ per column over rows with `rowMask[r] === 1` (all rows if absent). */
  static fit(data: Float32Array, numColumns: number, rowMask?: Uint8Array): Standardizer {
    if (!Number.isInteger(numColumns) || numColumns <= 0 || data.length % numColumns !== 0) {
      throw new GnnError('BAD_INPUT', `Standardizer.fit: ${data.length} values do not form rows of ${numColumns} columns`);
    }
    const rows = data.length / numColumns;
    if (rowMask !== undefined && rowMask.length !== rows) {
      throw new GnnError('BAD_INPUT', `Standardizer.fit: rowMask has ${rowMask.length} entries, expected ${rows}`);
    }
    const sum = new Float64Array(numColumns);
    const count = new Float64Array(numColumns);
    for (let r = 0; r < rows; r++) {
      if (rowMask !== undefined && rowMask[r] !== 1) continue;
      for (let c = 0; c < numColumns; c++) {
        const v = data[r * numColumns + c] ?? Number.NaN;
        if (Number.isNaN(v)) continue;
        sum[c] = (sum[c] ?? 0) + v;
        count[c] = (count[c] ?? 0) + 1;
      }
    }
    const mean = sum.map((s, c) => ((count[c] ?? 0) > 0 ? s / (count[c] ?? 1) : 0));
    // Second pass (two-pass variance is stable for large means such as loads in kg).
    const sq = new Float64Array(numColumns);
    for (let r = 0; r < rows; r++) {
      if (rowMask !== undefined && rowMask[r] !== 1) continue;
      for (let c = 0; c < numColumns; c++) {
        const v = data[r * numColumns + c] ?? Number.NaN;
        if (!Number.isNaN(v)) sq[c] = (sq[c] ?? 0) + (v - (mean[c] ?? 0)) ** 2;
      }
    }
    const std = sq.map((s, c) => {
      const n = count[c] ?? 0;
      const sd = n > 0 ? Math.sqrt(s / n) : 0;
      return sd > 0 && Number.isFinite(sd) ? sd : 1;
    });
    return new Standardizer(mean, std);
  }

  /** A standardizer from explicit statistics (σ = 0 is replaced by 1). */
  static of(mean: ArrayLike<number>, std: ArrayLike<number>): Standardizer {
    if (mean.length !== std.length) throw new GnnError('BAD_INPUT', `Standardizer.of: ${mean.length} means but ${std.length} stds`);
    return new Standardizer(
      Float64Array.from(mean),
      Float64Array.from(std, (s) => (s > 0 ? s : 1)),
    );
  }

  static fromJSON(json: StandardizerJson): Standardizer {
    if (json.kind !== 'standardizer') throw new GnnError('BAD_INPUT', `not a standardizer: kind '${String(json.kind)}'`);
    return Standardizer.of(json.mean, json.std);
  }

  toJSON(): StandardizerJson {
    return { kind: 'standardizer', mean: Array.from(this.mean), std: Array.from(this.std) };
  }

  /** z = (v − μ) / σ, a new array (NaN stays NaN). */
  transform(data: Float32Array): Float32Array {
    return this.map(data, (v, c) => (v - (this.mean[c] ?? 0)) / (this.std[c] ?? 1));
  }

  /** v = z·σ + μ, the exact inverse of `transform` (up to float32 rounding). */
  inverse(data: Float32Array): Float32Array {
    return this.map(data, (z, c) => z * (this.std[c] ?? 1) + (this.mean[c] ?? 0));
  }

  /** Scales differences (e.g. SHAP contributions, errors) from standardized to real units: Δv = Δz·σ. */
  inverseScale(data: Float32Array): Float32Array {
    return this.map(data, (d, c) => d * (this.std[c] ?? 1));
  }

  private map(data: Float32Array, f: (v: number, column: number) => number): Float32Array {
    const k = this.numColumns;
    if (data.length % k !== 0) throw new GnnError('BAD_INPUT', `Standardizer: ${data.length} values do not form rows of ${k} columns`);
    const out = new Float32Array(data.length);
    for (let i = 0; i < data.length; i++) out[i] = f(data[i] ?? Number.NaN, i % k);
    return out;
  }
}
