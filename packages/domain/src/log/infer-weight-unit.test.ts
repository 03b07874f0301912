import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KG_PER_LB, fromKilograms, kg, toKilograms } from '../units.js';
import { inferWeightUnit } from './infer-weight-unit.js';

describe('inferWeightUnit', () => {
  it('should say lbs when the values are kilograms exported as pounds', () => {
    expect(inferWeightUnit([0, 45, 44.09245243697551, 214.95070563025564, 135])).toBe('lbs');
  });

  it('should say kg when the values are pounds exported as kilograms', () => {
    expect(inferWeightUnit([20, 45 * KG_PER_LB, 135 * KG_PER_LB])).toBe('kg');
  });

  it.each([[[]], [[135, 225, 100, 102.5]], [[0, 0]]])('should return null when nothing is noisy (%j)', (values) => {
    expect(inferWeightUnit(values)).toBeNull();
  });

  it('should recognise any plate-round kilogram load converted to pounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8000 }), (quarterKilos) => {
        const pounds = fromKilograms(kg(quarterKilos * 0.25), 'lbs');
        fc.pre(Math.abs(pounds * 1e4 - Math.round(pounds * 1e4)) > 1e-6);
        expect(inferWeightUnit([pounds])).toBe('lbs');
      }),
    );
  });
});

describe('toKilograms / fromKilograms', () => {
  it('should round-trip any weight through kilograms in either unit', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), fc.constantFrom('kg' as const, 'lbs' as const), (value, unit) => {
        expect(fromKilograms(toKilograms(value, unit), unit)).toBeCloseTo(value, 9);
      }),
    );
  });
});
