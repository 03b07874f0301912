import { describe, expect, it } from 'vitest';
import { e1rmTrend, type SetForE1rm, weeklyLoadSeries } from './training-metrics.js';

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

describe('e1rmTrend', () => {
  const set = (weightKg: number | null, reps: number | null, more: Partial<SetForE1rm> = {}): SetForE1rm => ({
    type: 'working',
    weightKg,
    reps,
    rir: null,
    rpe: null,
    ...more,
  });

  it('should give the capacity estimate with its band per session day, ignoring warm-ups', () => {
    const trend = e1rmTrend([
      { date: '2024-03-04', sessionId: 's1', sets: [set(200, 1, { type: 'warmup' }), set(100, 10), set(110, 5)] },
      { date: '2024-03-11', sessionId: 's2', sets: [set(100, 5, { rpe: 10 })] },
    ]);
    // Unlogged sets count 1 RIR: 100 × 10 → Epley(100, 11) = 136.7 kg beats 110 × 5 → Epley(110, 6) = 132 kg.
    // (The old per-session "best Epley" read them to failure: 133.3 kg.)
    const e1rm = 100 * (1 + 11 / 30);
    expect(trend[0]).toMatchObject({ date: '2024-03-04', sessionId: 's1' });
    expect(trend[0]?.e1rmKg).toBeCloseTo(e1rm, 6);
    expect(trend[0]?.sessionE1rmKg).toBeCloseTo(e1rm, 6);
    // One session, best set > 8 reps to failure: 3 % + 4 % (thin data) + 3 % (high reps) either side.
    expect(trend[0]?.lowKg).toBeCloseTo(e1rm * 0.9, 6);
    expect(trend[0]?.highKg).toBeCloseTo(e1rm * 1.1, 6);
    // A week later 100 × 5 @ RPE 10 (116.7 kg) is that day's own value; the capacity still rests on the week before.
    expect(trend[1]?.sessionE1rmKg).toBeCloseTo(116.67, 2);
    expect(trend[1]?.e1rmKg).toBeCloseTo(e1rm, 6);
  });

  it('should leave out days with no usable set and never give a negative or NaN point', () => {
    const trend = e1rmTrend([
      { date: '2024-03-04', sessionId: 's1', sets: [set(-38, 5), set(null, 5), set(60, null), set(Number.NaN, 3)] },
      { date: '2024-03-06', sessionId: 's2', sets: [set(60, 5, { rpe: Number.NaN })] },
      { date: '2024-03-06', sessionId: 's3', sets: [set(62.5, 5)] },
    ]);
    expect(trend.map((p) => [p.date, p.sessionId])).toEqual([['2024-03-06', 's3']]);
    for (const p of trend) for (const v of [p.e1rmKg, p.lowKg, p.highKg, p.sessionE1rmKg]) expect(Number.isFinite(v) && v > 0).toBe(true);
    expect(e1rmTrend([])).toEqual([]);
  });
});
