import { addDays, isoWeekday } from '../science/calendar-day.js';

/**
 * The calendar day of a program session: week `week` (0-based) of a block starting on `startDate`, on
 * ISO weekday `dayOfWeek` (1 = Monday … 7 = Sunday). Week 0 runs from the start date for seven days, so
 * a session never falls before the block starts (a block starting on a Wednesday puts its Monday
 * session on the Monday after). The planner dates every generated day with it; a moved session keeps
 * the date it was moved to.
 */
export function sessionDate(startDate: string, week: number, dayOfWeek: number): string {
  return addDays(startDate, 7 * week + ((((dayOfWeek - isoWeekday(startDate)) % 7) + 7) % 7));
}
