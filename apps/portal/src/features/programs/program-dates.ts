import { addDays, mondayOnOrAfter } from '@liftgraph/domain/science';
import { dayText } from '~/lib/format-date';

/** Today in the browser's own time zone (YYYY-MM-DD), for defaults before the API's `today` is known. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The Monday strictly after `day` (a week on when `day` is a Monday). */
export function nextMonday(day: string): string {
  return mondayOnOrAfter(addDays(day, 1));
}

/** The default start date of a new block: today when today is a Monday, else the next Monday. */
export function defaultStartDate(today: string): string {
  return mondayOnOrAfter(today);
}

/**
 * "Mon 14 Dec" for a session date (YYYY-MM-DD), read as a calendar day (no time zone shift), in the
 * viewer's locale ("Mon, Dec 14" for en-US); en-GB when none is given. The one date helper: dayText.
 */
export function shortDate(date: string, prefs: { locale: string } = { locale: 'en-GB' }): string {
  return dayText(date, prefs);
}
