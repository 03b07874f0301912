import { addDays, weekStartOf } from '@liftgraph/domain/science';
import type { DayState } from './calendar.api';
import { monthText } from '~/lib/format-date';

/** A program session placed on the calendar: its week and day in the block and the date it is on. */
export interface CalendarSession<D extends { date: string; index: number } = { date: string; index: number }> {
  week: number;
  day: D;
}

export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Every session of the block with its week, in date order (ties in block order). */
export function calendarSessions<D extends { date: string; index: number }>(
  weeks: ReadonlyArray<{ index: number; days: readonly D[] }>,
): CalendarSession<D>[] {
  return weeks
    .flatMap((w) => w.days.map((day) => ({ week: w.index, day })))
    .sort((a, b) => (a.day.date < b.day.date ? -1 : a.day.date > b.day.date ? 1 : a.week - b.week || a.day.index - b.day.index));
}

/** Sessions keyed by date. */
export function sessionsByDate<D extends { date: string; index: number }>(
  sessions: readonly CalendarSession<D>[],
): Map<string, CalendarSession<D>[]> {
  const byDate = new Map<string, CalendarSession<D>[]>();
  for (const s of sessions) byDate.set(s.day.date, [...(byDate.get(s.day.date) ?? []), s]);
  return byDate;
}

/** The seven dates (Monday first) of the ISO week holding `date`. */
export function weekDates(date: string): string[] {
  const monday = weekStartOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The month of `date` as whole Monday-first weeks (leading and trailing days of the neighbouring months included). */
export function monthWeeks(date: string): string[][] {
  const first = `${date.slice(0, 7)}-01`;
  const nextMonth = addDays(first, 32).slice(0, 7);
  const weeks: string[][] = [];
  for (let monday = weekStartOf(first); monday.slice(0, 7) <= date.slice(0, 7) && monday < `${nextMonth}-01`; monday = addDays(monday, 7)) {
    weeks.push(weekDates(monday));
  }
  return weeks;
}

/** The anchor one step before/after: a week or a month (the 1st of the month, so short months never skip). */
export function shiftAnchor(date: string, view: 'week' | 'month', step: number): string {
  if (view === 'week') return addDays(date, 7 * step);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + step;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
}

/** "Mon 7 Dec" (en-GB; the viewer's locale when given): the one wording of a session date (the coach's pages use it too). */
export { shortDate as dayLabel } from '~/features/programs/program-dates';

/** "December 2026" ("décembre 2026" in fr-FR): the viewer's locale, en-GB when none is given. */
export function monthLabel(date: string, prefs: { locale: string } = { locale: 'en-GB' }): string {
  return monthText(date, prefs);
}

const DAY_STATES: readonly DayState[] = ['done', 'missed', 'skipped', 'today', 'upcoming'];

/** The API's day state (a string in the schema) as one of the five the calendar draws; an unknown one reads as upcoming. */
export function dayState(state: string): DayState {
  return DAY_STATES.find((s) => s === state) ?? 'upcoming';
}

export const STATE_LABEL: Record<DayState, string> = {
  done: 'Done',
  missed: 'Missed',
  skipped: 'Skipped',
  today: 'Today',
  upcoming: 'Upcoming',
};

/** The session an athlete logs by default: today's, else the earliest missed one still open, else the next upcoming. */
export function defaultSession<D extends { date: string; index: number; state: string }>(
  sessions: readonly CalendarSession<D>[],
): CalendarSession<D> | null {
  return (
    sessions.find((s) => s.day.state === 'today') ??
    sessions.find((s) => s.day.state === 'upcoming') ??
    [...sessions].reverse().find((s) => s.day.state === 'missed') ??
    null
  );
}
