import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overreachProbability } from './overreach-risk.js';

describe('overreachProbability', () => {
  // p = 0.003 + 0.12 / (1 + e^(−(ACWR − 1.5)/0.12)), hand-computed.
  it.each([
    [null, 0.003],
    [1.0, 0.003 + 0.12 / (1 + Math.exp(0.5 / 0.12))],
    [1.5, 0.063],
    [2.0, 0.003 + 0.12 / (1 + Math.exp(-0.5 / 0.12))],
  ])('should give ACWR %s → %s', (acwr, p) => {
    expect(overreachProbability(acwr)).toBeCloseTo(p, 9);
  });

  it('should stay small in the 0.8–1.3 band and rise steeply above 1.5', () => {
    expect(overreachProbability(1.0)).toBeLessThan(0.005);
    expect(overreachProbability(1.8)).toBeGreaterThan(8 * overreachProbability(1.2));
  });

  it('should be monotone increasing in ACWR (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(overreachProbability(hi)).toBeGreaterThanOrEqual(overreachProbability(lo));
      }),
    );
  });
});
