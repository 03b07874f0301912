import { describe, expect, it } from 'vitest';
import { flattenTargetErrors, maeRmsePerTarget } from './metrics.js';

// Targets: weight (kg), reps, rest (s); rest unknown for every row but the first.
const actual = Float32Array.from([100, 5, 90, 110, 8, Number.NaN, 120, 10, Number.NaN]);
const pred = Float32Array.from([102, 5, 120, 106, 9, 60, 120, 7, 60]);

describe('maeRmsePerTarget', () => {
  it('should compute MAE and RMSE per target in its own units', () => {
    const [weight, reps] = maeRmsePerTarget(pred, actual, 3);
    // weight errors 2, −4, 0: MAE 2, RMSE √(20/3); reps errors 0, 1, −3: MAE 4/3, RMSE √(10/3)
    expect(weight?.mae).toBeCloseTo(2, 6);
    expect(weight?.rmse).toBeCloseTo(Math.sqrt(20 / 3), 6);
    expect(reps?.mae).toBeCloseTo(4 / 3, 6);
    expect(reps?.rmse).toBeCloseTo(Math.sqrt(10 / 3), 6);
  });

  it('should skip NaN actual values and count only observed ones', () => {
    const rest = maeRmsePerTarget(pred, actual, 3)[2];
    expect(rest).toEqual({ mae: 30, rmse: 30, count: 1 });
  });

  it('should return null for a target with no observed value under the mask', () => {
    const errors = maeRmsePerTarget(pred, actual, 3, Uint8Array.from([0, 1, 1]));
    expect(errors[2]).toBeNull();
    expect(errors[0]?.count).toBe(2);
  });

  it('should reject arrays of different shapes', () => {
    expect(() => maeRmsePerTarget(pred.subarray(0, 6), actual, 3)).toThrowError(/must both be \[rows, 3\]/);
  });
});

describe('flattenTargetErrors', () => {
  it('should name each target metric and keep null for unobserved targets', () => {
    const flat = flattenTargetErrors(['weight', 'reps', 'rest'], maeRmsePerTarget(pred, actual, 3, Uint8Array.from([0, 1, 1])));
    expect(flat['rest.mae']).toBeNull();
    expect(flat['weight.mae']).toBeCloseTo(2, 6);
  });
});
