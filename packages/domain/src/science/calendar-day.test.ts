import { describe, expect, it } from 'vitest';
import { daysBetween, hoursBetweenWeekdays, isoWeekday, mondayOnOrAfter, weekdaysHoursApart, weekStartOf } from './calendar-day.js';

describe('calendar', () => {
  it.each([
    ['2024-03-04', 1],
    ['2024-03-09', 6],
    ['2024-03-10', 7],
    ['1970-01-01', 4],
    ['1969-12-29', 1],
  ])('should give %s the ISO weekday %d', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
    expect(isoWeekday(date)).toBe(((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1);
  });

  it.each([
    ['2024-03-04', '2024-03-04'],
    ['2024-03-10', '2024-03-04'],
    ['2024-01-03', '2024-01-01'],
    ['2023-01-01', '2022-12-26'],
  ])('should start the week of %s on Monday %s', (date, monday) => expect(weekStartOf(date)).toBe(monday));

  it('should find the Monday on or after a date', () => {
    expect(mondayOnOrAfter('2024-03-04')).toBe('2024-03-04');
    expect(mondayOnOrAfter('2024-03-05')).toBe('2024-03-11');
    expect(mondayOnOrAfter('2024-03-10')).toBe('2024-03-11');
  });

  it('should count calendar days across a daylight-saving change and backwards', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-04-01', '2024-03-30')).toBe(-2);
  });

  it('should count hours between weekdays forward, wrapping into the next week', () => {
    expect(hoursBetweenWeekdays(1, 3)).toBe(48);
    expect(hoursBetweenWeekdays(5, 1)).toBe(72);
    expect(hoursBetweenWeekdays(2, 2)).toBe(168);
    expect(weekdaysHoursApart(1, 7)).toBe(24);
    expect(weekdaysHoursApart(1, 5)).toBe(72);
    expect(weekdaysHoursApart(3, 3)).toBe(168);
  });
});
