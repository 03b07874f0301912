import { describe, expect, it } from 'vitest';
import { Standardizer } from './standardizer.js';

// Two columns: loads in kg and reps; rows 0–2 are training rows, row 3 is a test row.
const loadsAndReps = Float32Array.from([100, 5, 110, 7, 120, 9, 1000, 100]);
const trainRows = Uint8Array.from([1, 1, 1, 0]);

describe('Standardizer', () => {
  it('should fit mean and population std on training rows only', () => {
    const s = Standardizer.fit(loadsAndReps, 2, trainRows);
    // mean [110, 7]; std = √(((−10)² + 0 + 10²)/3) = 8.165, √((4 + 0 + 4)/3) = 1.633
    expect(Array.from(s.mean)).toEqual([110, 7]);
    expect(s.std[0]).toBeCloseTo(8.16497, 4);
    expect(s.std[1]).toBeCloseTo(1.63299, 4);
  });

  it('should invert its transform exactly up to float32 rounding', () => {
    const s = Standardizer.fit(loadsAndReps, 2, trainRows);
    const back = s.inverse(s.transform(loadsAndReps));
    back.forEach((v, i) => expect(v).toBeCloseTo(loadsAndReps[i] ?? 0, 3));
  });

  it('should use std 1 when a column is constant', () => {
    const s = Standardizer.fit(Float32Array.from([3, 1, 3, 2]), 2);
    expect(s.std[0]).toBe(1);
    expect(Array.from(s.transform(Float32Array.from([3, 1])))[0]).toBe(0);
  });

  it('should skip NaN when fitting and keep NaN through transform', () => {
    const restUnknown = Float32Array.from([60, Number.NaN, 120]);
    const s = Standardizer.fit(restUnknown, 1);
    expect(s.mean[0]).toBe(90);
    expect(Number.isNaN(s.transform(restUnknown)[1] ?? 0)).toBe(true);
  });

  it('should use mean 0 and std 1 for a column with no observed value', () => {
    const s = Standardizer.fit(Float32Array.from([1, Number.NaN, 2, Number.NaN]), 2);
    expect([s.mean[1], s.std[1]]).toEqual([0, 1]);
  });

  it('should round-trip through JSON', () => {
    const s = Standardizer.fit(loadsAndReps, 2, trainRows);
    const copy = Standardizer.fromJSON(JSON.parse(JSON.stringify(s)) as ReturnType<Standardizer['toJSON']>);
    expect(Array.from(copy.transform(loadsAndReps))).toEqual(Array.from(s.transform(loadsAndReps)));
  });

  it('should scale differences by std only in inverseScale', () => {
    const s = Standardizer.of([100, 5], [10, 2]);
    expect(Array.from(s.inverseScale(Float32Array.from([0.5, -1])))).toEqual([5, -2]);
  });

  it('should reject data that does not form whole rows', () => {
    expect(() => Standardizer.fit(Float32Array.from([1, 2, 3]), 2)).toThrowError(/3 values do not form rows of 2/);
  });
});
