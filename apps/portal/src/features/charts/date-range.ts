import { addDays, daysBetween, weekStartOf } from '@liftgraph/domain/science';
import { dayText } from '~/lib/format-date';

/** The progress charts' date ranges. */
export const RANGES = [
  { key: '4w', label: '4 weeks', days: 28 },
  { key: '12w', label: '12 weeks', days: 84 },
  { key: '1y', label: '1 year', days: 365 },
  { key: 'all', label: 'All', days: null },
  { key: 'custom', label: 'Custom', days: null },
] as const;

export type RangeKey = (typeof RANGES)[number]['key'];

/** Inclusive YYYY-MM-DD bounds; null = open (all of the log on that side). */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** The bounds of a range ending on `today` (a custom range keeps what was typed; an empty end is open). */
export function rangeBounds(key: RangeKey, today: string, custom: DateRange = { from: null, to: null }): DateRange {
  if (key === 'custom') return { from: custom.from || null, to: custom.to || null };
  const def = RANGES.find((r) => r.key === key);
  return def?.days ? { from: addDays(today, 1 - def.days), to: today } : { from: null, to: null };
}

export const inRange = (date: string, range: DateRange): boolean => {
  const day = date.slice(0, 10);
  return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
};

/** How points are grouped: each session up to 6 months, weeks up to 2 years, months beyond (no six-year line of dots). */
export type Bucket = 'day' | 'week' | 'month';

export function bucketFor(spanDays: number): Bucket {
  if (spanDays <= 183) return 'day';
  if (spanDays <= 730) return 'week';
  return 'month';
}

export const bucketStart = (date: string, bucket: Bucket): string =>
  bucket === 'month' ? `${date.slice(0, 7)}-01` : bucket === 'week' ? weekStartOf(date.slice(0, 10)) : date.slice(0, 10);

/** Days from the first to the last date (0 for fewer than two). */
export function spanDays(dates: readonly string[]): number {
  const first = dates[0];
  const last = dates.at(-1);
  return first === undefined || last === undefined ? 0 : daysBetween(first.slice(0, 10), last.slice(0, 10));
}

/**
 * An axis label that carries the year whenever the axis spans one: "10 Mar" within half a year,
 * "10 Mar 25" up to two years, "Mar 2019" beyond (month buckets) — in the viewer's locale (en-GB by default).
 */
export function axisLabel(date: string, span: number, locale = 'en-GB'): string {
  return dayText(date, { locale }, span > 730 ? 'monthYear' : span > 183 ? 'dayMonthYear' : 'dayMonth');
}
