import { describe, expect, it } from 'vitest';
import { hardWeeksSinceLighter } from './athlete-state.js';

describe('hardWeeksSinceLighter', () => {
  it.each([
    // latest week first; a week < 0.7 × the most of the 4 weeks before it is a lighter week
    [[40, 42, 38, 20, 40, 41], 3],
    [[40, 42, 38, 41, 40, 39], 6],
    [[22, 40, 42, 38], 0], // a planned deload: half the peak
    [[31, 44, 40], 3], // 31 ≥ 0.7 × 44 = 30.8: not lighter
    [[30, 44, 40], 0], // 30 < 30.8: lighter
    [[40, 0, 40, 40], 1],
    [[], 0],
    [[0, 0, 0], 0],
  ])('should count %j as %d hard weeks since a lighter week', (weeks, expected) => {
    expect(hardWeeksSinceLighter(weeks)).toBe(expected);
  });
});
