import { DomainError } from '../errors.js';
import { dateOfDay, dayNumber } from './calendar-day.js';
import { SCIENCE_CHOICES } from './science-choices.js';

/** A load (any unit: AU for sRPE, kg for volume-load) on one calendar day. */
export interface DatedLoad {
  /** `YYYY-MM-DD`. */
  date: string;
  load: number;
}

export interface DailyLoadRange {
  /** First day of the series (default: the earliest entry). */
  from?: string;
  /** Last day of the series, inclusive (default: the latest entry). */
  to?: string;
}

/**
 * Daily load series over consecutive calendar days (Foster 1998, docs/science.md §Session-RPE load):
 *   daily_load[d] = Σ load of the entries dated d;  a day without entries = 0 (rest day).
 * Entries may be unordered and may share a date. Entries outside [from, to] are ignored.
 * Valid: dates `YYYY-MM-DD`, loads finite and ≥ 0, from ≤ to. No entries and no range → [].
 */
export function toDailyLoads(entries: readonly DatedLoad[], range: DailyLoadRange = {}): DatedLoad[] {
  const byDay = new Map<number, number>();
  for (const { date, load } of entries) {
    if (!Number.isFinite(load) || load < 0) {
      throw new DomainError('INVALID_ARGUMENT', `load on ${date} must be a finite number ≥ 0, got ${load}`);
    }
    const day = dayNumber(date);
    byDay.set(day, (byDay.get(day) ?? 0) + load);
  }
  const days = [...byDay.keys()];
  const first = range.from != null ? dayNumber(range.from) : Math.min(...days);
  const last = range.to != null ? dayNumber(range.to) : Math.max(...days);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  if (first > last) {
    throw new DomainError('INVALID_ARGUMENT', `from must not be after to, got ${dateOfDay(first)} > ${dateOfDay(last)}`);
  }
  const series: DatedLoad[] = [];
  for (let day = first; day <= last; day += 1) {
    series.push({ date: dateOfDay(day), load: byDay.get(day) ?? SCIENCE_CHOICES.restDayLoad });
  }
  return series;
}
