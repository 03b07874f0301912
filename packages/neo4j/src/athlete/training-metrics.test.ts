import { describe, expect, it } from 'vitest';
import { bestE1rmKg, weekStartOf, weeklyLoadSeries } from './training-metrics.js';

describe('weekStartOf', () => {
  it.each([
    ['2024-03-04', '2024-03-04'], // a Monday
    ['2024-03-10', '2024-03-04'], // Sunday → the Monday before
  ])('should map %s to %s', (date, monday) => expect(weekStartOf(date)).toBe(monday));
});

describe('weeklyLoadSeries', () => {
  it('should sum a Monday-start week with rest days as 0 and compute monotony/strain', () => {
    const session = (date: string) => ({ date, durationMin: 50, sessionRpe: 6, performances: [] });
    const [week] = weeklyLoadSeries([session('2024-03-04'), session('2024-03-06'), session('2024-03-08')]);
    // 3 × 300 AU over [300, 0, 300, 0, 300, 0, 0]: mean 128.6, population SD 148.5 → monotony 0.866
    expect(week?.load).toBe(900);
    expect(week?.monotony).toBeCloseTo(0.866, 3);
    expect(week?.strain).toBeCloseTo(779.4, 1);
    expect(week?.acwrEwma).toBeNull();
  });
});

describe('bestE1rmKg', () => {
  it('should take the best Epley estimate over working sets and ignore warm-ups', () => {
    const sets = [
      { type: 'warmup', reps: 1, weightKg: 200, rir: null, rpe: null },
      { type: 'working', reps: 10, weightKg: 100, rir: null, rpe: null },
      { type: 'working', reps: 5, weightKg: 110, rir: null, rpe: null },
    ];
    expect(bestE1rmKg(sets)).toBeCloseTo(133.33, 2);
    expect(bestE1rmKg([])).toBeNull();
  });
});
