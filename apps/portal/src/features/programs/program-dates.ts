import { addDays, mondayOnOrAfter } from '@liftgraph/domain/science';

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

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 14 Dec" for a session date (YYYY-MM-DD), read as a calendar day (no time zone shift). */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some((n) => !Number.isFinite(n))) return date;
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]}`;
}
