import { describe, expect, it } from 'vitest';
import { sessionDate } from './program-calendar.js';

describe('sessionDate', () => {
  it('should put a Monday block on its weekdays, week after week', () => {
    expect(sessionDate('2026-12-07', 0, 1)).toBe('2026-12-07');
    expect(sessionDate('2026-12-07', 0, 3)).toBe('2026-12-09');
    expect(sessionDate('2026-12-07', 0, 5)).toBe('2026-12-11');
    expect(sessionDate('2026-12-07', 2, 6)).toBe('2026-12-26');
  });
  it('should never date a session before a mid-week start', () => {
    expect(sessionDate('2026-12-09', 0, 1)).toBe('2026-12-14');
    expect(sessionDate('2026-12-09', 0, 3)).toBe('2026-12-09');
    expect(sessionDate('2026-12-09', 1, 5)).toBe('2026-12-18');
  });
});
