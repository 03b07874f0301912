import { addDays } from './calendar-day.js';
import { toDailyLoads } from './daily-loads.js';
import { ewmaAcwr } from './ewma-acwr.js';

/** Days of daily load behind `acwrAsOf`: a 28-day chronic warm-up plus four weeks. */
export const ACWR_WINDOW_DAYS = 56;

/**
 * The one ACWR of the product (roster, athlete page, planner): the EWMA acute:chronic ratio (7/28 days,
 * `ewmaAcwr`) of the session loads on the `ACWR_WINDOW_DAYS` calendar days ending on `asOf` (inclusive;
 * rest days 0, loads after `asOf` ignored), read on `asOf`. Null when the chronic load is 0 (nothing
 * logged in the window). Same loads and same day → same number, wherever it is shown.
 */
export function acwrAsOf(loads: ReadonlyArray<{ date: string; load: number }>, asOf: string): number | null {
  const from = addDays(asOf, -(ACWR_WINDOW_DAYS - 1));
  const inWindow = loads.filter((l) => l.date >= from && l.date <= asOf);
  const daily = toDailyLoads(inWindow, { from, to: asOf }).map((d) => d.load);
  return ewmaAcwr(daily).at(-1)?.ratio ?? null;
}
