import { describe, expect, it } from 'vitest';
import { shapleyCoalitions } from './coalitions.js';
import { efficiencyGap, exactShapley, kernelShap } from './kernel-shap.js';
import type { PredictFn } from './kernel-shap.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
}

/** f(x) = w·x + 0.5, one output. */
function linear(w: Float32Array): PredictFn {
  return (rows, n) => Float32Array.from({ length: n }, (_, r) => w.reduce((a, wi, i) => a + wi * (rows[r * w.length + i] ?? 0), 0.5));
}

/** Two outputs with interactions: [x0·x1 + x2², max(x3, x4) + x0]. */
const interacting: PredictFn = (rows, n) => {
  const out = new Float32Array(2 * n);
  for (let r = 0; r < n; r++) {
    const x = rows.subarray(r * 5, r * 5 + 5);
    out[2 * r] = (x[0] ?? 0) * (x[1] ?? 0) + (x[2] ?? 0) ** 2;
    out[2 * r + 1] = Math.max(x[3] ?? 0, x[4] ?? 0) + (x[0] ?? 0);
  }
  return out;
};

function linearCase(f: number, nb: number): { w: Float32Array; x: Float32Array; bg: Float32Array; expected: number[] } {
  const r = lcg(f);
  const w = Float32Array.from({ length: f }, r);
  const x = Float32Array.from({ length: f }, r);
  const bg = Float32Array.from({ length: nb * f }, r);
  const expected = Array.from(w, (wi, i) => {
    let mean = 0;
    for (let b = 0; b < nb; b++) mean += (bg[b * f + i] ?? 0) / nb;
    return wi * ((x[i] ?? 0) - mean);
  });
  return { w, x, bg, expected };
}

describe('kernelShap', () => {
  it.each([
    [6, 'enumerated'],
    [30, 'sampled'],
  ])('should give w_i (x_i − E[b_i]) for a linear model with %d features (%s)', (f) => {
    const { w, x, bg, expected } = linearCase(f, 8);
    const e = kernelShap(linear(w), x, bg, { numSamples: 400 });
    Array.from(e.values).forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? 0, 4));
    expect(e.exact).toBe(f === 6);
  });

  it('should equal the exact Shapley values when every coalition is enumerated', () => {
    const r = lcg(5);
    const x = Float32Array.from({ length: 5 }, r);
    const bg = Float32Array.from({ length: 4 * 5 }, r);
    const e = kernelShap(interacting, x, bg, { numSamples: 100 });
    const exact = exactShapley(interacting, x, bg);
    expect(e.exact).toBe(true);
    Array.from(e.values).forEach((v, i) => expect(v).toBeCloseTo(exact[i] ?? 0, 5));
  });

  it('should sum to f(x) − E[f(background)] for every output when sampling', () => {
    const r = lcg(9);
    const predict: PredictFn = (rows, n) =>
      Float32Array.from({ length: n }, (_, k) =>
        Math.tanh(rows.subarray(k * 24, k * 24 + 24).reduce((a, v, i) => a + v * (i % 5) * (v > 0 ? 1 : 0.2), 0)),
      );
    const x = Float32Array.from({ length: 24 }, r);
    const e = kernelShap(predict, x, Float32Array.from({ length: 10 * 24 }, r), { numSamples: 256 });
    expect(e.exact).toBe(false);
    expect(efficiencyGap(e)).toBeLessThan(1e-6);
  });

  it('should approach the exact values with a partial budget', () => {
    const r = lcg(5);
    const x = Float32Array.from({ length: 5 }, r);
    const bg = Float32Array.from({ length: 4 * 5 }, r);
    const e = kernelShap(interacting, x, bg, { numSamples: 24, seed: 3 });
    const exact = exactShapley(interacting, x, bg);
    Array.from(e.values).forEach((v, i) => expect(Math.abs(v - (exact[i] ?? 0))).toBeLessThan(0.05));
  });

  it('should be deterministic given the seed', () => {
    const { w, x, bg } = linearCase(12, 3);
    const nonlinear: PredictFn = (rows, n) => linear(w)(rows, n).map((v) => v * v);
    const a = kernelShap(nonlinear, x, bg, { numSamples: 200, seed: 7 });
    const b = kernelShap(nonlinear, x, bg, { numSamples: 200, seed: 7 });
    const c = kernelShap(nonlinear, x, bg, { numSamples: 200, seed: 8 });
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.values)).not.toEqual(Array.from(c.values));
  });

  it('should attribute everything to the only feature', () => {
    const e = kernelShap(linear(Float32Array.from([2])), Float32Array.from([3]), Float32Array.from([1]));
    expect(Array.from(e.values)).toEqual([4]);
  });

  it('should reject a background that does not match the features', () => {
    expect(() => kernelShap(interacting, new Float32Array(5), new Float32Array(7))).toThrowError(/not a non-empty multiple of 5/);
  });
});

describe('shapleyCoalitions', () => {
  it('should enumerate all 2^M − 2 coalitions with kernel weights when the budget allows', () => {
    const c = shapleyCoalitions(4, 100, 1);
    expect(c.count).toBe(14);
    expect(c.exhaustive).toBe(true);
    // size 1: (M−1)/(C(4,1)·1·3) = 0.25; size 2: 3/(6·2·2) = 0.125
    expect(c.weights[0]).toBeCloseTo(0.25, 12);
    expect(c.weights.at(-1)).toBeCloseTo(0.125, 12);
  });

  it('should stay within the budget for many features', () => {
    const c = shapleyCoalitions(40, 500, 1);
    expect(c.count).toBeLessThanOrEqual(500);
    expect(c.exhaustive).toBe(false);
  });
});
