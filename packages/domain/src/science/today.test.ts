import { describe, expect, it } from 'vitest';
import { isTimeZone, localDate, todayFor } from './today.js';

describe('todayFor', () => {
  const lateEvening = new Date('2026-12-07T23:30:00Z');

  it("should give the date in the athlete's time zone", () => {
    expect(localDate('UTC', lateEvening)).toBe('2026-12-07');
    expect(localDate('Europe/Paris', lateEvening)).toBe('2026-12-08');
    expect(localDate('America/New_York', lateEvening)).toBe('2026-12-07');
  });

  it('should take the override (LIFTGRAPH_TODAY) over the real date, and refuse one that is not a date', () => {
    expect(todayFor('Europe/Paris', { override: '2026-03-02', now: lateEvening })).toBe('2026-03-02');
    expect(todayFor('Europe/Paris', { override: '', now: lateEvening })).toBe('2026-12-08');
    expect(() => todayFor('UTC', { override: '2026-02-30' })).toThrow(/real calendar date/);
  });

  it('should refuse an unknown time zone, naming it', () => {
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(() => localDate('Mars/Olympus', lateEvening)).toThrow(/Mars\/Olympus/);
  });
});
