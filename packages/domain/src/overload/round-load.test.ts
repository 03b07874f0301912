import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KG_PER_LB } from '../units.js';
import { plateIncrementKg, roundLoadKg } from './round-load.js';

describe('roundLoadKg', () => {
  it.each([
    [61.5, 2.5, 'nearest', 62.5], // 2.5 % on 60 kg
    [41, 2.5, 'nearest', 40], // 2.5 % on 40 kg is swallowed by 2.5 kg steps
    [109.9, 2.5, 'down', 107.5],
    [100, 2.5, 'down', 100], // already on a step
    [23.1, 2, 'up', 24], // dumbbells in 2 kg jumps
    [0.3, 0.1, 'nearest', 0.3], // float noise cleaned (0.30000000000000004)
  ] as const)('should round %d kg with %d kg steps (%s) to %d kg', (loadKg, stepKg, mode, expected) => {
    expect(roundLoadKg(loadKg, stepKg, mode)).toBe(expected);
  });

  it.each([
    [-1, 2.5, /load must be a finite number ≥ 0 kg, got -1/],
    [100, 0, /incrementKg must be a finite number > 0, got 0/],
  ])('should reject %d kg with %d kg steps', (loadKg, stepKg, message) => {
    expect(() => roundLoadKg(loadKg, stepKg)).toThrowError(message);
  });

  it('should land on a step within half a step of the input', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.constantFrom(1, 1.25, 2, 2.5, 5), (loadKg, stepKg) => {
        const rounded = roundLoadKg(loadKg, stepKg);
        expect(Math.abs(rounded - loadKg)).toBeLessThanOrEqual(stepKg / 2 + 1e-9);
        expect(Math.abs(rounded / stepKg - Math.round(rounded / stepKg))).toBeLessThan(1e-6);
        expect(roundLoadKg(loadKg, stepKg, 'down')).toBeLessThanOrEqual(loadKg + 1e-9);
      }),
    );
  });
});

describe('plateIncrementKg', () => {
  it.each([
    ['barbell', 2.5],
    ['dumbbell', 2],
    ['machine', 5],
    ['bands', 2.5], // not listed → default
    [undefined, 2.5],
  ] as const)('should give %s a %d kg step', (equipment, expected) => {
    expect(plateIncrementKg(equipment)).toBe(expected);
  });
});

describe('plateIncrementKg per plate set', () => {
  const lbs = { unit: 'lbs', microplates: false } as const;
  const lbsMicro = { unit: 'lbs', microplates: true } as const;
  const kgMicro = { unit: 'kg', microplates: true } as const;

  it.each([
    ['barbell', lbs, 5],
    ['dumbbell', lbs, 5],
    ['machine', lbs, 10],
    [undefined, lbs, 5],
    ['barbell', lbsMicro, 2.5],
    ['dumbbell', lbsMicro, 5], // microplates are for plate-loaded equipment only
  ] as const)('should give %s a %d lb step for %j', (equipment, plates, lb) => {
    expect(plateIncrementKg(equipment, undefined, plates)).toBeCloseTo(lb * KG_PER_LB, 12);
  });

  it.each([
    ['barbell', 1.25],
    ['e-z curl bar', 1.25],
    ['bands', 1.25],
    ['dumbbell', 2],
    ['machine', 5],
  ] as const)('should give %s a %d kg step with kg microplates', (equipment, expected) => {
    expect(plateIncrementKg(equipment, undefined, kgMicro)).toBe(expected);
  });

  it('should keep the kg steps when the plate set is kg without microplates', () => {
    expect(plateIncrementKg('barbell', undefined, { unit: 'kg', microplates: false })).toBe(plateIncrementKg('barbell'));
  });

  it('should land an lbs load on a whole 5 lb step, stored as the exact kg of it', () => {
    const step = plateIncrementKg('barbell', undefined, lbs);
    const rounded = roundLoadKg(62.5, step); // 137.79 lb
    expect(rounded / KG_PER_LB).toBeCloseTo(140, 6);
    expect(rounded).toBeCloseTo(140 * KG_PER_LB, 8);
    expect(roundLoadKg(62.5, step, 'down') / KG_PER_LB).toBeCloseTo(135, 6);
  });

  it('should leave a load already on an lb step where it is in every rounding mode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom(lbs, lbsMicro),
        fc.constantFrom('nearest', 'down', 'up'),
        (n, plates, mode) => {
          const step = plateIncrementKg('barbell', undefined, plates);
          const onStep = roundLoadKg(n * step, step);
          expect(roundLoadKg(onStep, step, mode as 'nearest' | 'down' | 'up')).toBe(onStep);
          expect(Math.abs(onStep / KG_PER_LB - n * (plates.microplates ? 2.5 : 5))).toBeLessThan(1e-6);
        },
      ),
    );
  });
});
