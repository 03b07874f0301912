import { assertNonNegativeSeries } from './assert-range.js';
import { SCIENCE_CHOICES } from './science-choices.js';

export type RollingAcwrMode = 'coupled' | 'uncoupled';

function meanOf(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i += 1) sum += values[i] ?? 0;
  return sum / (to - from + 1);
}

/**
 * Rolling-average acute:chronic workload ratio for every day of a daily load series
 * (docs/science.md §ACWR):
 * - `coupled` (RAC): mean(load, t−6..t) / mean(load, t−27..t); the chronic window contains the acute week.
 * - `uncoupled` (RAU, default, SCIENCE_CHOICES.rollingAcwrMode): mean(t−6..t) / mean(t−27..t−7),
 *   which removes the mathematical coupling Lolli et al. 2019 criticise.
 * Input: consecutive calendar-day loads (rest days 0, see `toDailyLoads`), oldest first.
 * Output: same length; null for the first 27 days (warm-up, SCIENCE_CHOICES.acwrWarmupDays) and
 * where the chronic mean is 0. Dimensionless. Constant load gives 1.
 * Descriptive only: the 0.8–1.3 / ≥ 1.5 bands (Gabbett 2016) are not injury probabilities
 * (Impellizzeri et al. 2021).
 */
export function rollingAcwr(dailyLoads: readonly number[], mode: RollingAcwrMode = SCIENCE_CHOICES.rollingAcwrMode): (number | null)[] {
  assertNonNegativeSeries('dailyLoads', dailyLoads);
  const warmup = SCIENCE_CHOICES.acwrWarmupDays;
  return dailyLoads.map((_, t) => {
    if (t < warmup - 1) return null;
    const acute = meanOf(dailyLoads, t - 6, t);
    const chronic = mode === 'coupled' ? meanOf(dailyLoads, t - 27, t) : meanOf(dailyLoads, t - 27, t - 7);
    return chronic > 0 ? acute / chronic : null;
  });
}
