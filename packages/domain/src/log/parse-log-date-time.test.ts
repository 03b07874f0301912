import { describe, expect, it } from 'vitest';
import { parseLogDateTime } from './parse-log-date-time.js';

describe('parseLogDateTime', () => {
  it.each([
    ['2020-09-29 07:10:22', '2020-09-29T07:10:22'],
    ['2026-04-08T16:50:00Z', '2026-04-08T16:50:00'],
    ['2026-04-08T16:50:00.123+02:00', '2026-04-08T16:50:00'],
    ['2023-05-01 7:12:03\u202fPM', '2023-05-01T19:12:03'],
    ['2023-05-01 12:05:00 AM', '2023-05-01T00:05:00'],
    ['2020-09-13', '2020-09-13'],
    ['2020/09/13', '2020-09-13'],
    ['8 Apr 2026, 16:50', '2026-04-08T16:50:00'],
    ['8. Apr. 2026 16:50', '2026-04-08T16:50:00'],
    ['Apr 8, 2026, 4:50 PM', '2026-04-08T16:50:00'],
    ['September 3, 2025, 9:05 a.m.', '2025-09-03T09:05:00'],
    ['3 dez 2025, 18:00', '2025-12-03T18:00:00'],
  ])('should read %j as %s', (text, iso) => {
    expect(parseLogDateTime(text)?.iso).toBe(iso);
  });

  it.each(['2021-02-30 10:00:00', '2021-13-01', '8 Foo 2026, 16:50', '13:00 PM 2026-01-01', '2021-01-01 25:00:00', 'yesterday'])(
    'should return null when %j is not a real date',
    (text) => {
      expect(parseLogDateTime(text)).toBeNull();
    },
  );

  it('should give wall-clock epochs whose difference is the elapsed time', () => {
    const start = parseLogDateTime('23 Oct 2025, 23:30');
    const end = parseLogDateTime('24 Oct 2025, 00:40');
    expect(start !== null && end !== null ? (end.epochMs - start.epochMs) / 60_000 : NaN).toBe(70);
  });
});
