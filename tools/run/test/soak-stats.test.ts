import { describe, expect, it } from 'vitest';
import { pickWeighted, quantile, rssTrend, seededRandom, slope } from '../soak-stats.js';

describe('soak figures', () => {
  it('should give the least-squares slope, 0 for a flat or single-point series', () => {
    expect(
      slope([
        { t: 0, v: 1 },
        { t: 1, v: 3 },
        { t: 2, v: 5 },
      ]),
    ).toBeCloseTo(2);
    expect(
      slope([
        { t: 0, v: 4 },
        { t: 5, v: 4 },
      ]),
    ).toBe(0);
    expect(slope([{ t: 0, v: 4 }])).toBe(0);
  });

  it('should report first/last/max and the slope per minute, skipping samples where the process was gone', () => {
    const samples = [0, 60, 120, 180].map((tSec, i) => ({ tSec, load1: 0, rssMiB: { api: 100 + 10 * i, gone: i === 0 ? 50 : null } }));
    expect(rssTrend(samples, 'api')).toEqual({ first: 100, last: 130, max: 130, slopePerMin: 10, slopeSecondHalfPerMin: 10 });
    expect(rssTrend(samples, 'gone')).toMatchObject({ first: 50, last: 50, slopePerMin: 0 });
    expect(rssTrend(samples, 'absent')).toBeNull();
  });

  it('should take quantiles by nearest rank', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('should pick keys in proportion to their weights, repeatably for one seed', () => {
    const random = seededRandom(7);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[pickWeighted({ a: 3, b: 1 }, random)]++;
    expect(counts.a / 10_000).toBeGreaterThan(0.72);
    expect(counts.a / 10_000).toBeLessThan(0.78);
    const again = seededRandom(7);
    const first = seededRandom(7);
    expect([again(), again()]).toEqual([first(), first()]);
  });
});
