import type { ViewerPreferences } from './format-units';

/** A valid BCP-47 locale for Intl, else en-GB (a bad stored value must not break a page). */
function safeLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 ? locale : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone }).format(0);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

const CALENDAR_STYLES = {
  /** "Mon 7 Dec" */
  weekday: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "7 Dec" (compact chart axes) */
  dayMonth: { day: 'numeric', month: 'short' },
  /** "7 Dec 26" (axes spanning more than half a year) */
  dayMonthYear: { day: 'numeric', month: 'short', year: '2-digit' },
  /** "Dec 2026" (axes spanning years) */
  monthYear: { month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type CalendarStyle = keyof typeof CALENDAR_STYLES;

/**
 * A calendar day (YYYY-MM-DD, already a day in the athlete's time zone) in the viewer's locale, read
 * as a calendar day: no time zone shift. `weekday` (default): "Mon 7 Dec" (en-GB), "Mon, Dec 7"
 * (en-US), "lun. 7 déc." (fr-FR). Anything that is not a date comes back as it is.
 */
export function dayText(date: string, p: Pick<ViewerPreferences, 'locale'>, style: CalendarStyle = 'weekday'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (m === null) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return date;
  return d.toLocaleDateString(safeLocale(p.locale), { ...CALENDAR_STYLES[style], timeZone: 'UTC' });
}

/** A month of the calendar ("December 2026", "décembre 2026") for any date in it (YYYY-MM-DD). */
export function monthText(date: string, p: Pick<ViewerPreferences, 'locale'>): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return d.toLocaleDateString(safeLocale(p.locale), { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** An instant (ISO timestamp, epoch ms or Date) in the viewer's time zone and locale: "7 Dec 2026, 18:05". */
export function dateTimeText(at: string | number | Date, p: Pick<ViewerPreferences, 'locale' | 'timeZone'>): string {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) return String(at);
  return d.toLocaleString(safeLocale(p.locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: safeZone(p.timeZone),
  });
}

/** The time of an instant in the viewer's zone: "18:05" (en-GB), "06:05 PM" (en-US). */
export function timeText(at: string | number | Date, p: Pick<ViewerPreferences, 'locale' | 'timeZone'>): string {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) return String(at);
  return d.toLocaleTimeString(safeLocale(p.locale), { hour: '2-digit', minute: '2-digit', timeZone: safeZone(p.timeZone) });
}
