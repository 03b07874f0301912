import { describe, expect, it } from 'vitest';
import { acwrAsOf } from './acwr-as-of.js';
import { addDays } from './calendar-day.js';

describe('acwrAsOf', () => {
  const steady = Array.from({ length: 56 }, (_, i) => ({ date: addDays('2026-10-13', i), load: 300 }));

  it('should read 1 for a steady load and rise when the last week doubles', () => {
    expect(acwrAsOf(steady, '2026-12-07')).toBeCloseTo(1, 6);
    const spike = steady.map((l) => (l.date > '2026-11-30' ? { ...l, load: 600 } : l));
    expect(acwrAsOf(spike, '2026-12-07')).toBeGreaterThan(1.3);
  });

  it('should ignore loads after asOf and count the days without a session as rest', () => {
    const later = [...steady, { date: '2026-12-08', load: 5000 }];
    expect(acwrAsOf(later, '2026-12-07')).toBe(acwrAsOf(steady, '2026-12-07'));
    expect(acwrAsOf(steady, '2026-12-14')).toBeLessThan(acwrAsOf(steady, '2026-12-07') ?? 0);
  });

  it('should be null with nothing logged in the window', () => {
    expect(acwrAsOf([], '2026-12-07')).toBeNull();
    expect(acwrAsOf([{ date: '2025-01-01', load: 100 }], '2026-12-07')).toBeNull();
  });
});
