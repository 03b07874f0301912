import { assertIntegerInRange, assertNonNegativeSeries } from './assert-range.js';
import { SCIENCE_CHOICES } from './science-choices.js';

export interface EwmaAcwrOptions {
  /** Acute window N in days; λ = 2 / (N + 1). Default 7 (λ = 0.25). */
  acuteDays?: number;
  /** Chronic window N in days. Default 28 (λ ≈ 0.069). */
  chronicDays?: number;
}

export interface EwmaAcwrPoint {
  acute: number;
  chronic: number;
  /** acute / chronic; null during warm-up or when chronic is 0. */
  ratio: number | null;
}

/** Decay factor of an N-day exponentially weighted moving average: λ = 2 / (N + 1). */
export function ewmaLambda(days: number): number {
  assertIntegerInRange('days', days, 1, 365);
  return 2 / (days + 1);
}

/**
 * EWMA acute:chronic workload ratio (Williams et al. 2017, docs/science.md §ACWR):
 *   EWMA_t = λ · load_t + (1 − λ) · EWMA_{t−1},  λ = 2 / (N + 1),  N = 7 (acute) and 28 (chronic)
 *   ACWR_t = EWMA_acute,t / EWMA_chronic,t
 * Both averages start at the first day's load (SCIENCE_CHOICES.ewmaSeed). The ratio is null for
 * the first 27 days (SCIENCE_CHOICES.acwrWarmupDays) and where the chronic EWMA is 0.
 * Input: consecutive calendar-day loads, oldest first, rest days 0. Units: acute and chronic in the
 * load's unit; ratio dimensionless. Constant load gives 1. Descriptive only (docs/science.md §ACWR critiques).
 */
export function ewmaAcwr(dailyLoads: readonly number[], options: EwmaAcwrOptions = {}): EwmaAcwrPoint[] {
  assertNonNegativeSeries('dailyLoads', dailyLoads);
  const lambdaAcute = ewmaLambda(options.acuteDays ?? 7);
  const lambdaChronic = ewmaLambda(options.chronicDays ?? 28);
  const warmup = SCIENCE_CHOICES.acwrWarmupDays;
  const points: EwmaAcwrPoint[] = [];
  let acute = dailyLoads[0] ?? 0;
  let chronic = acute;
  dailyLoads.forEach((load, t) => {
    if (t > 0) {
      acute = lambdaAcute * load + (1 - lambdaAcute) * acute;
      chronic = lambdaChronic * load + (1 - lambdaChronic) * chronic;
    }
    const ratio = t >= warmup - 1 && chronic > 0 ? acute / chronic : null;
    points.push({ acute, chronic, ratio });
  });
  return points;
}
