import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFractionFor, MAX_REPS_TO_FAILURE, repsToFailure } from './reps-at-load.js';

describe('repsToFailure', () => {
  // RTS chart RPE-10 column (docs/science.md §RTS table): n reps to failure at seq[2(n − 1)].
  it.each([
    [1.0, 1],
    [0.955, 2],
    [0.922, 3],
    [0.863, 5],
    [0.739, 10],
    [0.572, 16],
  ])('should give %s of 1RM → %s reps to failure', (fraction, reps) => {
    expect(repsToFailure(fraction)).toBeCloseTo(reps, 6);
  });

  it('should return 0 when the load exceeds 1RM and cap very light loads', () => {
    expect(repsToFailure(1.01)).toBe(0);
    expect(repsToFailure(0.01)).toBeGreaterThan(30);
    expect(repsToFailure(0.01)).toBeLessThanOrEqual(MAX_REPS_TO_FAILURE);
  });

  it('should be monotone non-increasing in load (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 1.2, noNaN: true }), fc.double({ min: 0.05, max: 1.2, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(repsToFailure(hi)).toBeLessThanOrEqual(repsToFailure(lo) + 1e-12);
      }),
    );
  });
});

describe('loadFractionFor', () => {
  // 5 reps @ RPE 8 = 81.1 % (docs/science.md §RTS table).
  it('should match the chart at 5 reps with 2 RIR', () => {
    expect(loadFractionFor(5, 2)).toBeCloseTo(0.811, 6);
  });

  it('should invert repsToFailure: repsToFailure(loadFractionFor(r, rir)) = r + rir (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.double({ min: 0, max: 5, noNaN: true }), (reps, rir) => {
        expect(repsToFailure(loadFractionFor(reps, rir))).toBeCloseTo(reps + rir, 6);
      }),
    );
  });
});
