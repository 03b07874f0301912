import { describe, expect, it } from 'vitest';
import { e1rmChartRows, e1rmSummary, signedKg, type E1rmPoint } from './e1rm-trend';

const point = (date: string, e1rmKg: number, cv = 0.05): E1rmPoint => ({
  date,
  e1rmKg,
  lowKg: e1rmKg * (1 - cv),
  highKg: e1rmKg * (1 + cv),
  sessionE1rmKg: e1rmKg,
});

describe('e1rmChartRows', () => {
  it('should give the line on the estimate and the band as a [low, high] range, rounded to 0.1 kg', () => {
    expect(e1rmChartRows([point('2025-03-10', 140.04)])).toEqual([{ date: '10 Mar', e1rm: 140, band: [133, 147], session: 140 }]);
  });

  it('should leave out a point that is not a positive number instead of drawing it', () => {
    const rows = e1rmChartRows([
      point('2025-03-10', 100),
      { ...point('2025-03-12', 100), lowKg: -38 },
      point('2025-03-14', Number.NaN),
      point('2025-03-17', 102.5),
    ]);
    expect(rows.map((r) => r.date)).toEqual(['10 Mar', '17 Mar']);
  });

  it('should label by month and year when the trend spans more than a year', () => {
    expect(e1rmChartRows([point('2019-03-10', 100), point('2024-11-02', 120)]).map((r) => r.date)).toEqual(['Mar 2019', 'Nov 2024']);
  });

  it("should group a long trend by month: the estimate as of the month's last session and its best session", () => {
    const rows = e1rmChartRows([
      point('2019-03-04', 100),
      { ...point('2019-03-20', 104), sessionE1rmKg: 99 },
      point('2019-04-02', 103),
      point('2024-11-02', 120),
    ]);
    expect(rows.map((r) => [r.date, r.e1rm, r.session])).toEqual([
      ['Mar 2019', 104, 100],
      ['Apr 2019', 103, 103],
      ['Nov 2024', 120, 120],
    ]);
  });
});

describe('e1rmSummary', () => {
  it('should say a loss as a signed change, never as a negative e1RM', () => {
    const s = e1rmSummary([point('2019-03-10', 178), point('2024-11-02', 140)]);
    expect(s).toMatchObject({ latest: 140, low: 133, high: 147, change: -38, firstDate: '2019-03-10', sessions: 2 });
    expect(signedKg(s?.change ?? 0)).toBe('−38.0 kg');
    expect(signedKg(2.5)).toBe('+2.5 kg');
    expect(e1rmSummary([])).toBeNull();
  });

  it('should give rows and figures in lb for an lbs viewer (exact pound, 0.1 lb)', () => {
    const s = e1rmSummary([point('2024-11-01', 100), point('2024-11-02', 100 + 5 * 0.45359237)], 'lbs');
    expect(s?.latest).toBe(225.5); // 100 kg = 220.46 lb, + 5 lb
    expect(signedKg(s?.change ?? 0, 'lbs')).toBe('+5.0 lb');
    expect(e1rmChartRows([point('2025-03-10', 140.04)], 'lbs')[0]?.e1rm).toBe(308.7);
  });
});
