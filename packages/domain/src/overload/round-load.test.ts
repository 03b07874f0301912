import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
