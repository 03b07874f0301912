import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { estimateOneRepMax } from './estimate-one-rep-max.js';
import { ONE_REP_MAX_FORMULA_IDS } from './one-rep-max-formulas.js';
import { relativeIntensity } from './relative-intensity.js';

describe('estimateOneRepMax', () => {
  it.each([
    [100, 10, {}, 133.333], // Epley by default: 100 × (1 + 10/30)
    [100, 1, {}, 100], // a single is the 1RM (SCIENCE_CHOICES.singleIsOneRepMax)
    [100, 1, { formula: 'mayhew' }, 100], // same rule for every formula, not 100/0.9186
    [100, 5, { formula: 'brzycki', rir: 2 }, 120], // 5 + 2 RIR = 7 to failure: 100 × 36 / (37 − 7)
    [100, 8, { rir: 2 }, 133.333], // 10 reps to failure, Epley: 100 × (1 + 10/30)
    [100, 5, { formula: 'rpe-table', rpe: 8 }, 123.305], // 100 / 0.811 (RTS row 5, RPE 8)
    [100, 10, { formula: 'rpe-table', rir: 0 }, 135.318], // 100 / 0.739 (row 10, RPE 10)
    [100, 1, { rpe: 9 }, 106.667], // 1 rep @ RPE 9 = 2 reps to failure: 100 × (1 + 2/30)
  ] as const)('should estimate %d kg × %d reps with %o as %d kg', (loadKg, reps, options, expected) => {
    expect(estimateOneRepMax(loadKg, reps, options)).toBeCloseTo(expected, 2);
  });

  it.each([
    [100, 0, {}, /reps must be an integer in \[1, 12\], got 0/],
    [100, 13, {}, /reps must be an integer in \[1, 12\], got 13/],
    [100, 4.5, {}, /reps must be an integer in \[1, 12\], got 4.5/],
    [0, 5, {}, /load must be a finite number > 0 kg, got 0/],
    [100, 10, { rir: 3 }, /reps \+ RIR must be ≤ 12, got 13/],
    [100, 5, { formula: 'rpe-table' }, /needs rpe or rir, got neither/],
    [100, 5, { formula: 'rpe-table', rpe: 5 }, /rpe for the rpe-table formula must be a number in \[6, 10\], got 5/],
    [100, 5, { rpe: 8, rir: 1 }, /rpe and rir disagree/],
  ] as const)('should reject %d kg × %d reps with %o', (loadKg, reps, options, message) => {
    expect(() => estimateOneRepMax(loadKg, reps, options)).toThrowError(message);
  });

  it('should report INVALID_REPS as the error code when reps are out of range', () => {
    expect(() => estimateOneRepMax(100, 20)).toThrowError(DomainError);
    try {
      estimateOneRepMax(100, 20);
    } catch (error) {
      expect((error as DomainError).code).toBe('INVALID_REPS');
    }
  });

  it.each(ONE_REP_MAX_FORMULA_IDS)('should be monotonic in load and reps when the formula is %s', (formula) => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.integer({ min: 1, max: 11 }),
        (loadKg, extraKg, reps) => {
          const base = estimateOneRepMax(loadKg, reps, { formula });
          expect(estimateOneRepMax(loadKg + extraKg, reps, { formula })).toBeGreaterThan(base);
          expect(estimateOneRepMax(loadKg, reps + 1, { formula })).toBeGreaterThan(base);
          expect(base).toBeGreaterThanOrEqual(loadKg);
        },
      ),
    );
  });

  it('should be monotonic in reps and RPE when the formula is rpe-table', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), fc.double({ min: 6, max: 9.5, noNaN: true }), (reps, rpe) => {
        const base = estimateOneRepMax(100, reps, { formula: 'rpe-table', rpe });
        expect(estimateOneRepMax(100, reps + 1, { formula: 'rpe-table', rpe })).toBeGreaterThan(base);
        expect(estimateOneRepMax(100, reps, { formula: 'rpe-table', rpe: rpe + 0.5 })).toBeLessThan(base);
      }),
    );
  });
});

describe('relativeIntensity', () => {
  it.each([
    [80, 100, 0.8],
    [110, 100, 1.1], // a new best is reported above 1, not clamped
    [0, 100, 0],
  ])('should give %d kg of a %d kg e1RM as %d', (loadKg, e1RmKg, expected) => {
    expect(relativeIntensity(loadKg, e1RmKg)).toBeCloseTo(expected, 6);
  });

  it('should reject a zero e1RM', () => {
    expect(() => relativeIntensity(80, 0)).toThrowError(/e1RM must be a finite number > 0 kg, got 0/);
  });
});
