import { type DailyLoadRange, type DatedLoad, toDailyLoads } from './daily-loads.js';
import { estimateSessionLoads, type LoadSession } from './session-loads.js';

/** Which per-session number feeds the daily series. */
export type DailyLoadMetric = 'session-rpe' | 'volume-load';

export interface DailyLoadSeriesOptions extends DailyLoadRange {
  /** `session-rpe` (AU, default; Foster) or `volume-load` (kg, the tonnage proxy). */
  metric?: DailyLoadMetric;
}

/**
 * Per-calendar-day load series from a WorkoutLog-like list of sessions, ready for `monotony`,
 * `strain`, `rollingAcwr`, `ewmaAcwr` and `banister`:
 *   daily_load[d] = Σ over sessions on d of (duration × sRPE)   — or Σ volume-load in kg —
 * with rest days 0 and consecutive days from `from` (default first session) to `to` (default last).
 * sRPE and duration fall back to the proxies documented on `estimateSessionLoads`.
 * Units: AU for `session-rpe`, kg for `volume-load`.
 */
export function dailyLoadSeries(sessions: readonly LoadSession[], options: DailyLoadSeriesOptions = {}): DatedLoad[] {
  const metric = options.metric ?? 'session-rpe';
  const entries = estimateSessionLoads(sessions).map((s) => ({
    date: s.date,
    load: metric === 'session-rpe' ? s.loadAu : s.volumeLoadKg,
  }));
  return toDailyLoads(entries, { from: options.from, to: options.to });
}
