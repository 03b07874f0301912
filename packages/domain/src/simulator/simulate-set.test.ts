import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRng } from './seeded-rng.js';
import { simulateSet } from './simulate-set.js';

const meanOver = (fraction: number, pick: (o: ReturnType<typeof simulateSet>) => number): number => {
  const rng = new SeededRng(17);
  let sum = 0;
  for (let i = 0; i < 400; i++) sum += pick(simulateSet(3, fraction, rng));
  return sum / 400;
};

describe('simulateSet', () => {
  it('should do the target reps with the chart RIR when the load allows it', () => {
    // 81.1 % 1RM = 5 reps @ RPE 8 (docs/science.md §RTS table): 5 reps leave 2 in reserve.
    const out = simulateSet(5, 0.811, new SeededRng(1));
    expect(out.reps).toBe(5);
    expect(out.trueRir).toBeCloseTo(2, 6);
    expect(out.trueRpe).toBeCloseTo(8, 6);
    expect(out.effortWeight).toBe(1);
  });

  it('should miss reps when the prescription exceeds reps to failure', () => {
    // 86.3 % = 5RM: a set of 8 stops at 5, at failure.
    const out = simulateSet(8, 0.863, new SeededRng(1));
    expect(out.reps).toBe(5);
    expect(out.trueRir).toBeCloseTo(0, 6);
  });

  it('should report higher RPE as the load approaches 1RM', () => {
    const fractions = [0.6, 0.7, 0.8, 0.9];
    const reported = fractions.map((f) => meanOver(f, (o) => o.reportedRpe));
    const actual = fractions.map((f) => meanOver(f, (o) => o.trueRpe));
    for (let i = 1; i < fractions.length; i++) {
      expect(reported[i]).toBeGreaterThan(reported[i - 1] ?? Infinity);
      expect(actual[i]).toBeGreaterThan(actual[i - 1] ?? Infinity);
    }
  });

  it('should count far-from-failure sets as less than a hard set', () => {
    expect(simulateSet(5, 0.6, new SeededRng(2)).effortWeight).toBeLessThan(1);
    expect(simulateSet(5, 0.5, new SeededRng(2)).effortWeight).toBe(0);
  });

  it('should keep reps within [0, target], RIR ≥ 0 and reported RPE on the 0.5 scale in [1, 10] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.3, max: 1.3, noNaN: true }),
        fc.integer(),
        (target, fraction, seed) => {
          const out = simulateSet(target, fraction, new SeededRng(seed));
          expect(out.reps).toBeGreaterThanOrEqual(0);
          expect(out.reps).toBeLessThanOrEqual(target);
          expect(out.trueRir).toBeGreaterThanOrEqual(0);
          expect(out.reportedRpe).toBeGreaterThanOrEqual(1);
          expect(out.reportedRpe).toBeLessThanOrEqual(10);
          expect(Number.isInteger(out.reportedRpe * 2)).toBe(true);
        },
      ),
    );
  });
});
