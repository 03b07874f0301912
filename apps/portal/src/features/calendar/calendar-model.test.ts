import { describe, expect, it } from 'vitest';
import { calendarSessions, dayLabel, defaultSession, monthWeeks, sessionsByDate, shiftAnchor, weekDates } from './calendar-model';

describe('weekDates', () => {
  it('should give Monday to Sunday of the week holding the date', () => {
    expect(weekDates('2026-12-09')).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
    expect(weekDates('2026-12-13')[0]).toBe('2026-12-07');
  });
});

describe('monthWeeks', () => {
  it('should cover the month in whole Monday-first weeks', () => {
    const weeks = monthWeeks('2026-12-15');
    expect(weeks[0]?.[0]).toBe('2026-11-30');
    expect(weeks.at(-1)?.at(-1)).toBe('2027-01-03');
    expect(weeks).toHaveLength(5);
    expect(weeks.flat()).toContain('2026-12-31');
  });

  it('should give six weeks to a month that needs them', () => {
    // August 2026 starts on a Saturday and has 31 days.
    expect(monthWeeks('2026-08-01')).toHaveLength(6);
  });
});

describe('shiftAnchor', () => {
  it('should step a week by seven days and a month to the first of the next month', () => {
    expect(shiftAnchor('2026-12-07', 'week', 1)).toBe('2026-12-14');
    expect(shiftAnchor('2026-01-31', 'month', 1)).toBe('2026-02-01');
    expect(shiftAnchor('2026-01-15', 'month', -1)).toBe('2025-12-01');
  });
});

describe('dayLabel', () => {
  it('should read a date as weekday, day and month', () => {
    expect(dayLabel('2026-12-07')).toBe('Mon 7 Dec');
  });
});

describe('calendarSessions', () => {
  const day = (index: number, date: string, state: 'done' | 'missed' | 'skipped' | 'today' | 'upcoming') => ({ index, date, state });
  const weeks = [
    { index: 0, days: [day(0, '2026-12-07', 'done'), day(1, '2026-12-09', 'today'), day(2, '2026-12-12', 'upcoming')] },
    { index: 1, days: [day(0, '2026-12-14', 'upcoming')] },
  ];

  it('should order sessions by date and group them by date', () => {
    const sessions = calendarSessions(weeks);
    expect(sessions.map((s) => s.day.date)).toEqual(['2026-12-07', '2026-12-09', '2026-12-12', '2026-12-14']);
    expect(sessionsByDate(sessions).get('2026-12-12')?.[0]?.day.index).toBe(2);
  });

  it("should default to today's session, then the next upcoming, then the last missed", () => {
    expect(defaultSession(calendarSessions(weeks))?.day.date).toBe('2026-12-09');
    const noToday = [{ index: 0, days: [day(0, '2026-12-07', 'missed'), day(1, '2026-12-10', 'upcoming')] }];
    expect(defaultSession(calendarSessions(noToday))?.day.date).toBe('2026-12-10');
    const allPast = [{ index: 0, days: [day(0, '2026-12-01', 'missed'), day(1, '2026-12-03', 'missed')] }];
    expect(defaultSession(calendarSessions(allPast))?.day.date).toBe('2026-12-03');
    expect(defaultSession([])).toBeNull();
  });
});
