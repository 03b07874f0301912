import { assertLength, assertNonNegativeSeries } from './assert-range.js';
import { monotony } from './monotony.js';

/**
 * Weekly load (Foster 1998, docs/science.md §Session-RPE load): W = Σ daily load over 7 calendar days, rest days 0.
 * Units: those of the daily loads (AU or kg). Valid: exactly 7 finite loads ≥ 0.
 */
export function weeklyLoad(dailyLoads: readonly number[]): number {
  assertLength('dailyLoads', dailyLoads, 7);
  assertNonNegativeSeries('dailyLoads', dailyLoads);
  return dailyLoads.reduce((a, b) => a + b, 0);
}

/**
 * Training strain (Foster 1998; sum form of Clemente et al. 2020, docs/science.md §Monotony and strain):
 *   S = W × M = weekly sum × monotony, both over the same 7 daily loads.
 * Units: those of the loads. Null when monotony is undefined (SD = 0). Valid: 7 loads ≥ 0.
 * Example: loads [100, 0, 100, 0, 100, 0, 0] → W = 300, M = 0.866, S = 259.8.
 */
export function strain(dailyLoads: readonly number[]): number | null {
  const m = monotony(dailyLoads);
  return m === null ? null : weeklyLoad(dailyLoads) * m;
}
