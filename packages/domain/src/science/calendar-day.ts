import { DomainError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Day number (days since 1970-01-01, UTC) of a `YYYY-MM-DD` calendar date. Calendar days, not
 * 24-hour spans, so daylight-saving changes never split or merge days.
 */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new DomainError('INVALID_ARGUMENT', `date must be a real calendar date as YYYY-MM-DD, got "${date}"`);
  }
  return ms / MS_PER_DAY;
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` shifted by `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday of a `YYYY-MM-DD` date: 1 = Monday … 7 = Sunday (day 0, 1970-01-01, was a Thursday). */
export function isoWeekday(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Monday of the ISO week that holds `date`. */
export function weekStartOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** `date` itself when it is a Monday, else the next Monday. */
export function mondayOnOrAfter(date: string): string {
  return addDays(date, (8 - isoWeekday(date)) % 7);
}

/**
 * Hours from the start of ISO weekday `a` to the start of weekday `b` (1 = Monday … 7 = Sunday) in a
 * week that repeats: `b` after `a`, wrapping into the next week, so 24 to 168 (the same weekday is a
 * week later).
 */
export function hoursBetweenWeekdays(a: number, b: number): number {
  const gap = (((b - a) % 7) + 7) % 7;
  return 24 * (gap === 0 ? 7 : gap);
}

/**
 * Hours between two ISO weekdays of a week that repeats, the nearer way round (Sunday → Monday is 24 h):
 * 24 to 84, or 168 for the same weekday. What recovery spacing between two sessions is measured in.
 */
export function weekdaysHoursApart(a: number, b: number): number {
  return Math.min(hoursBetweenWeekdays(a, b), hoursBetweenWeekdays(b, a));
}
