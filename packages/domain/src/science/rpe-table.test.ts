import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOfOneRepMax, RPE_PERCENT_SEQUENCE, rirFromRpe, rpeFromRir } from './rpe-table.js';

describe('percentOfOneRepMax', () => {
  it.each([
    [1, 10, 1.0], // docs/science.md §RTS table, row 1
    [1, 8, 0.922], // row 1, RPE 8
    [3, 9.5, 0.907], // row 3, RPE 9.5
    [5, 8, 0.811], // row 5, RPE 8
    [8, 7, 0.707], // row 8, RPE 7
    [10, 6.5, 0.64], // row 10, RPE 6.5 (bottom-right corner)
    [12, 6, 0.572], // sequence index 30, the last value (SCIENCE_CHOICES.rpeTableLastValue)
    [5, 8.25, 0.8175], // halfway between 81.1 (RPE 8) and 82.4 (RPE 8.5)
  ])('should give %d reps @ RPE %d as %d of 1RM', (reps, rpe, expected) => {
    expect(percentOfOneRepMax(reps, rpe)).toBeCloseTo(expected, 4);
  });

  it('should hold 31 strictly decreasing values', () => {
    expect(RPE_PERCENT_SEQUENCE).toHaveLength(31);
    RPE_PERCENT_SEQUENCE.slice(1).forEach((v, i) => expect(v).toBeLessThan(RPE_PERCENT_SEQUENCE[i] ?? 0));
  });

  it('should decrease when reps rise or RPE falls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), fc.double({ min: 6, max: 9.5, noNaN: true }), (reps, rpe) => {
        expect(percentOfOneRepMax(reps + 1, rpe)).toBeLessThan(percentOfOneRepMax(reps, rpe));
        expect(percentOfOneRepMax(reps, rpe)).toBeLessThan(percentOfOneRepMax(reps, rpe + 0.5));
      }),
    );
  });

  it.each([
    [0, 8, /reps must be an integer in \[1, 12\], got 0/],
    [13, 8, /reps must be an integer in \[1, 12\], got 13/],
    [5, 5.5, /rpe must be a number in \[6, 10\], got 5.5/],
    [5, 10.5, /rpe must be a number in \[6, 10\], got 10.5/],
  ])('should reject %d reps @ RPE %d when outside the chart', (reps, rpe, message) => {
    expect(() => percentOfOneRepMax(reps, rpe)).toThrowError(message);
  });
});

describe('rpeFromRir', () => {
  it.each([
    [0, 10],
    [1, 9],
    [4, 6],
  ])('should map RIR %d to RPE %d when following Zourdos 2016', (rir, rpe) => {
    expect(rpeFromRir(rir)).toBe(rpe);
    expect(rirFromRpe(rpe)).toBe(rir);
  });

  it('should reject a negative RIR', () => {
    expect(() => rpeFromRir(-1)).toThrowError(/rir must be a number in \[0, 10\], got -1/);
  });
});
