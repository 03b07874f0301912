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

  it.each([[[]], [[135, 225, 100, 102.5]], [[0, 0]]])(
    'should return null when nothing is noisy and plates do not decide (%j)',
    (values) => {
      expect(inferWeightUnit(values)).toBeNull();
    },
  );

  it('should read round-trip noise as the unit the app shows when it stores the other one', () => {
    const values = [74.99999999999999, 25.000000000000004, 125.00000000000001, 40];
    expect(inferWeightUnit(values, { roundTripUnit: 'lbs' })).toBe('lbs');
    expect(inferWeightUnit(values)).toBeNull();
  });

  it('should say lbs from pound-gym bar totals and kilogram loads converted at 2.2', () => {
    const pounds = [...Array<number>(15).fill(135), ...Array<number>(6).fill(225), 132, 264, 220.46, 45, 100, 62.5];
    expect(inferWeightUnit(pounds)).toBe('lbs');
  });

  it('should say kg from 1.25 kg plate steps and 2 kg dumbbell steps', () => {
    const kilos = [...Array<number>(12).fill(62.5), ...Array<number>(10).fill(22), 24, 100, 135, 60];
    expect(inferWeightUnit(kilos)).toBe('kg');
  });

  it('should abstain when the plate evidence is thin or balanced', () => {
    expect(inferWeightUnit([135, 225, 315, 62.5])).toBeNull();
    expect(inferWeightUnit([...Array<number>(25).fill(135), ...Array<number>(20).fill(62.5)])).toBeNull();
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
