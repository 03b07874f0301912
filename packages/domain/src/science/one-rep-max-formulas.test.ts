import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ONE_REP_MAX_FORMULA_IDS, ONE_REP_MAX_FORMULAS, brzycki, epley } from './one-rep-max-formulas.js';

describe('ONE_REP_MAX_FORMULAS', () => {
  it.each([
    ['epley', 5, 116.667], // 100 × (1 + 5/30)
    ['epley', 10, 133.333], // 100 × (1 + 10/30)
    ['brzycki', 5, 112.5], // 100 × 36 / 32
    ['brzycki', 10, 133.333], // 100 × 36 / 27; equals Epley at r = 10 (docs/science.md §e1RM)
    ['lombardi', 5, 117.462], // 100 × 5^0.1 = 100 × 1.17462
    ['lombardi', 10, 125.893], // 100 × 10^0.1
    ['mayhew', 5, 119.011], // 10000 / (52.2 + 41.9 × e^−0.275 = 31.826) = 10000 / 84.026
    ['mayhew', 10, 130.934], // 10000 / (52.2 + 41.9 × e^−0.55 = 24.174) = 10000 / 76.374
    ['oconner', 5, 112.5], // 100 × (1 + 5/40)
    ['oconner', 10, 125], // 100 × (1 + 10/40)
    ['wathan', 5, 116.583], // 10000 / (48.8 + 53.8 × e^−0.375 = 36.976) = 10000 / 85.776
    ['wathan', 10, 134.747], // 10000 / (48.8 + 53.8 × e^−0.75 = 25.413) = 10000 / 74.213
  ] as const)('should map %s 100 kg × %d reps to %d kg', (id, reps, expected) => {
    expect(ONE_REP_MAX_FORMULAS[id](100, reps)).toBeCloseTo(expected, 2);
  });

  it('should give Epley above Brzycki when reps < 10', () => {
    for (let reps = 2; reps < 10; reps += 1) expect(epley(100, reps)).toBeGreaterThan(brzycki(100, reps));
  });

  it.each(ONE_REP_MAX_FORMULA_IDS)('should be linear in load when the formula is %s', (id) => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 400, noNaN: true }), fc.integer({ min: 1, max: 12 }), (loadKg, reps) => {
        const f = ONE_REP_MAX_FORMULAS[id];
        expect(f(2 * loadKg, reps)).toBeCloseTo(2 * f(loadKg, reps), 6);
      }),
    );
  });
});
