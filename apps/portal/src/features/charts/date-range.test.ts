import { describe, expect, it } from 'vitest';
import { axisLabel, bucketFor, bucketStart, inRange, rangeBounds, spanDays } from './date-range';

describe('rangeBounds', () => {
  it('should end the fixed ranges on today and leave All open', () => {
    expect(rangeBounds('4w', '2026-12-07')).toEqual({ from: '2026-11-10', to: '2026-12-07' });
    expect(rangeBounds('1y', '2026-12-07')).toEqual({ from: '2025-12-08', to: '2026-12-07' });
    expect(rangeBounds('all', '2026-12-07')).toEqual({ from: null, to: null });
    expect(rangeBounds('custom', '2026-12-07', { from: '2020-01-01', to: '' })).toEqual({ from: '2020-01-01', to: null });
  });

  it('should keep dates inside inclusive bounds', () => {
    const r = { from: '2026-11-10', to: '2026-12-07' };
    expect(['2026-11-09', '2026-11-10', '2026-12-07T18:00:00', '2026-12-08'].map((d) => inRange(d, r))).toEqual([false, true, true, false]);
  });
});

describe('buckets and axis labels', () => {
  it('should group by session, week or month as the span grows', () => {
    expect([30, 300, 6 * 365].map(bucketFor)).toEqual(['day', 'week', 'month']);
    expect(bucketStart('2026-12-10', 'week')).toBe('2026-12-07');
    expect(bucketStart('2026-12-10', 'month')).toBe('2026-12-01');
    expect(spanDays(['2019-03-10', '2024-11-02'])).toBe(2064);
    expect(spanDays([])).toBe(0);
  });

  it('should put the year on the axis of anything longer than half a year', () => {
    expect(axisLabel('2026-03-10', 60)).toBe('10 Mar');
    expect(axisLabel('2026-03-10', 365)).toBe('10 Mar 26');
    expect(axisLabel('2019-03-01', 2064)).toBe('Mar 2019');
  });
});
