import type { LoggedSession } from '../log/workout-log.js';
import { dailyLoadSeries } from '../science/daily-load-series.js';
import { ewmaAcwr } from '../science/ewma-acwr.js';
import { monotony } from '../science/monotony.js';
import { strain } from '../science/strain.js';

/** Load metrics of one calendar day (docs/science.md §Training load), from the days up to and including it. */
export interface DayMetrics {
  load: number;
  weeklyLoad: number;
  monotony: number | null;
  strain: number | null;
  acwr: number | null;
}

/**
 * Per-day session-RPE load (proxied when RPE/duration are missing, see `estimateSessionLoads`) and
 * the 7-day weekly load, monotony and strain ending that day, and the EWMA ACWR. Only past and
 * present days enter each value, so features built from it never see the future.
 */
export function dailyMetrics(sessions: readonly LoggedSession[]): Map<string, DayMetrics> {
  const series = dailyLoadSeries(sessions);
  const loads = series.map((d) => d.load);
  const acwr = ewmaAcwr(loads);
  const out = new Map<string, DayMetrics>();
  series.forEach((day, t) => {
    const window: number[] = [];
    for (let k = t - 6; k <= t; k++) window.push(k >= 0 ? (loads[k] ?? 0) : 0);
    out.set(day.date, {
      load: day.load,
      weeklyLoad: window.reduce((a, b) => a + b, 0),
      monotony: monotony(window),
      strain: strain(window),
      acwr: acwr[t]?.ratio ?? null,
    });
  });
  return out;
}
