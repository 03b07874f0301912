import { DomainError } from '../errors.js';
import { dayNumber } from './calendar-day.js';

/** True when `timeZone` is an IANA zone this runtime knows (Europe/Paris, UTC, America/New_York). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (`YYYY-MM-DD`) of instant `now` in `timeZone`. */
export function localDate(timeZone: string, now: Date): string {
  if (!isTimeZone(timeZone))
    throw new DomainError('INVALID_ARGUMENT', `timeZone must be an IANA time zone such as Europe/Paris or UTC, got "${timeZone}"`);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The server's one "today" for an athlete: `override` (the LIFTGRAPH_TODAY setting, `YYYY-MM-DD`, for
 * demos and tests) when given, else the real date of `now` in the athlete's time zone.
 */
export function todayFor(timeZone: string, opts: { override?: string | null; now?: Date } = {}): string {
  if (opts.override != null && opts.override !== '') {
    dayNumber(opts.override);
    return opts.override;
  }
  return localDate(timeZone, opts.now ?? new Date());
}
