import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollingAcwr } from './rolling-acwr.js';

const spikeWeek = [...Array<number>(21).fill(10), ...Array<number>(7).fill(20)];

describe('rollingAcwr', () => {
  it.each([
    ['uncoupled', 2], // acute mean 20 / chronic mean of days t−27..t−7 = 10
    ['coupled', 1.6], // acute 20 / chronic (21·10 + 7·20) / 28 = 12.5
  ] as const)('should give a doubled last week ratio %d when the mode is %s', (mode, expected) => {
    expect(rollingAcwr(spikeWeek, mode).at(-1)).toBeCloseTo(expected, 6);
  });

  it('should default to uncoupled windows', () => {
    expect(rollingAcwr(spikeWeek).at(-1)).toBeCloseTo(2, 6);
  });

  it('should return null during the 28-day warm-up and when chronic load is 0', () => {
    const ratios = rollingAcwr([...Array<number>(27).fill(0), 50]);
    expect(ratios.slice(0, 27).every((r) => r === null)).toBe(true);
    expect(rollingAcwr(Array<number>(28).fill(0)).at(-1)).toBeNull();
  });

  it('should reject negative loads', () => {
    expect(() => rollingAcwr([10, -1])).toThrowError(/dailyLoads\[1\] must be a finite number ≥ 0, got -1/);
  });

  it.each(['coupled', 'uncoupled'] as const)('should be 1 for a constant load when the mode is %s', (mode) => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1000, noNaN: true }), fc.integer({ min: 28, max: 60 }), (load, days) => {
        const ratio = rollingAcwr(Array<number>(days).fill(load), mode).at(-1);
        expect(ratio).toBeCloseTo(1, 9);
      }),
    );
  });
});
