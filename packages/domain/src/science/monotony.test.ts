import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monotony } from './monotony.js';
import { strain, weeklyLoad } from './strain.js';

const week = fc.array(fc.double({ min: 0, max: 2000, noNaN: true }), { minLength: 7, maxLength: 7 });

describe('monotony', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7], 2], // mean 4, population SD √(28/7) = 2 → 4/2
    [[100, 0, 100, 0, 100, 0, 0], 0.866], // mean 300/7, SD 100·√(12/49) → √(3/4)
    [[300, 300, 300, 300, 300, 300, 0], 2.449], // mean 1800/7, SD 300·√6/7 → √6
  ])('should compute %j as %d when rest days count as 0', (loads, expected) => {
    expect(monotony(loads)).toBeCloseTo(expected, 3);
  });

  it.each([[[400, 400, 400, 400, 400, 400, 400]], [[0, 0, 0, 0, 0, 0, 0]]])('should return null when the SD is 0 for %j', (loads) => {
    expect(monotony(loads)).toBeNull();
  });

  it('should use the population SD, not the sample SD', () => {
    // sample SD would be √(28/6) = 2.160 and monotony 1.852
    expect(monotony([1, 2, 3, 4, 5, 6, 7])).not.toBeCloseTo(1.852, 2);
  });

  it.each([
    [[1, 2, 3], /dailyLoads must have exactly 7 values, got 3/],
    [[1, 2, 3, 4, 5, 6, -7], /dailyLoads\[6\] must be a finite number ≥ 0, got -7/],
  ])('should reject %j', (loads, message) => {
    expect(() => monotony(loads)).toThrowError(message);
  });

  it('should be scale-invariant', () => {
    fc.assert(
      fc.property(week, fc.double({ min: 0.01, max: 100, noNaN: true }), (loads, scale) => {
        const m = monotony(loads);
        const scaled = monotony(loads.map((l) => l * scale));
        if (m === null || scaled === null) return;
        expect(scaled).toBeCloseTo(m, 6);
      }),
    );
  });
});

describe('weeklyLoad', () => {
  it('should sum the 7 daily loads when rest days are 0', () => {
    expect(weeklyLoad([420, 0, 350, 0, 500, 0, 0])).toBe(1270);
  });
});

describe('strain', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7], 56], // W = 28, M = 2
    [[100, 0, 100, 0, 100, 0, 0], 259.808], // W = 300, M = √(3/4)
  ])('should compute %j as %d when strain = weekly sum × monotony', (loads, expected) => {
    expect(strain(loads)).toBeCloseTo(expected, 3);
  });

  it('should return null when monotony is undefined', () => {
    expect(strain([50, 50, 50, 50, 50, 50, 50])).toBeNull();
  });

  it('should scale linearly with the loads', () => {
    fc.assert(
      fc.property(week, fc.double({ min: 0.01, max: 100, noNaN: true }), (loads, scale) => {
        const s = strain(loads);
        const scaled = strain(loads.map((l) => l * scale));
        if (s === null || scaled === null) return;
        expect(scaled).toBeCloseTo(s * scale, 4);
      }),
    );
  });
});
