import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber } from './calendar-day.js';
import { toDailyLoads } from './daily-loads.js';

describe('toDailyLoads', () => {
  it('should sum same-day entries and fill rest days with 0 when entries are unordered', () => {
    const entries = [
      { date: '2024-03-04', load: 300 },
      { date: '2024-03-01', load: 420 },
      { date: '2024-03-01', load: 80 },
    ];
    expect(toDailyLoads(entries)).toEqual([
      { date: '2024-03-01', load: 500 },
      { date: '2024-03-02', load: 0 },
      { date: '2024-03-03', load: 0 },
      { date: '2024-03-04', load: 300 },
    ]);
  });

  it('should span the requested range and ignore entries outside it', () => {
    const series = toDailyLoads(
      [
        { date: '2024-02-28', load: 100 },
        { date: '2024-03-05', load: 50 },
      ],
      {
        from: '2024-02-27',
        to: '2024-03-01',
      },
    );
    // 2024 is a leap year: 27, 28, 29 Feb, 1 Mar
    expect(series.map((d) => d.date)).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(series.map((d) => d.load)).toEqual([0, 100, 0, 0]);
  });

  it('should return an empty series when there are no entries and no range', () => {
    expect(toDailyLoads([])).toEqual([]);
  });

  it.each([
    [[{ date: '2023-02-29', load: 1 }], {}, /real calendar date as YYYY-MM-DD, got "2023-02-29"/],
    [[{ date: '03/01/2024', load: 1 }], {}, /got "03\/01\/2024"/],
    [[{ date: '2024-03-01', load: -5 }], {}, /load on 2024-03-01 must be a finite number ≥ 0, got -5/],
    [[], { from: '2024-03-02', to: '2024-03-01' }, /from must not be after to/],
  ])('should reject %j with %j', (entries, range, message) => {
    expect(() => toDailyLoads(entries, range)).toThrowError(message);
  });

  it('should preserve the total load and produce consecutive days', () => {
    const entry = fc.record({
      date: fc.integer({ min: 0, max: 60 }).map((d) => addDays('2024-01-01', d)),
      load: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 30 }), (entries) => {
        const series = toDailyLoads(entries);
        const total = (xs: { load: number }[]) => xs.reduce((a, x) => a + x.load, 0);
        expect(total(series)).toBe(total(entries));
        series.slice(1).forEach((d, i) => expect(dayNumber(d.date) - dayNumber(series[i]?.date ?? '')).toBe(1));
      }),
    );
  });
});

describe('addDays', () => {
  it.each([
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-31', -31, '2024-02-29'],
  ])('should move %s by %d days to %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
