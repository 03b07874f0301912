import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ewmaAcwr, ewmaLambda } from './ewma-acwr.js';

describe('ewmaLambda', () => {
  it.each([
    [7, 0.25], // 2 / (7 + 1), Williams et al. 2017
    [28, 0.069], // 2 / 29
  ])('should give λ = %d for N = %d days', (days, expected) => {
    expect(ewmaLambda(days)).toBeCloseTo(expected, 4);
  });

  it('should reject a zero-day window', () => {
    expect(() => ewmaLambda(0)).toThrowError(/days must be an integer in \[1, 365\], got 0/);
  });
});

describe('ewmaAcwr', () => {
  it('should seed both averages with the first day and update them with λ', () => {
    const [first, second] = ewmaAcwr([10, 20]);
    expect(first).toEqual({ acute: 10, chronic: 10, ratio: null });
    expect(second?.acute).toBeCloseTo(12.5, 6); // 0.25·20 + 0.75·10
    expect(second?.chronic).toBeCloseTo(10.6897, 4); // (2/29)·20 + (27/29)·10
  });

  it('should report the ratio from day 28 on', () => {
    const points = ewmaAcwr([...Array<number>(27).fill(10), 20]);
    expect(points[26]?.ratio).toBeNull();
    expect(points[27]?.ratio).toBeCloseTo(1.16935, 4); // 12.5 / 10.6897
  });

  it('should return a null ratio when the chronic average is 0', () => {
    expect(ewmaAcwr(Array<number>(30).fill(0)).at(-1)?.ratio).toBeNull();
  });

  it('should be 1 for a constant load', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1000, noNaN: true }), fc.integer({ min: 28, max: 80 }), (load, days) => {
        expect(ewmaAcwr(Array<number>(days).fill(load)).at(-1)?.ratio).toBeCloseTo(1, 9);
      }),
    );
  });

  it('should rise above 1 when today beats every earlier day', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 100, noNaN: true }), { minLength: 28, maxLength: 40 }), (loads) => {
        const ratio = ewmaAcwr([...loads, 1000]).at(-1)?.ratio ?? 0;
        expect(ratio).toBeGreaterThan(1);
      }),
    );
  });
});
