import { assertLength, assertNonNegativeSeries } from './assert-range.js';
import { SCIENCE_CHOICES } from './science-choices.js';

/** Mean and standard deviation with the SD kind fixed in SCIENCE_CHOICES (population, n). */
export function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const squares = values.reduce((a, v) => a + (v - mean) ** 2, 0);
  const divisor = SCIENCE_CHOICES.monotonySd === 'population' ? n : n - 1;
  return { mean, sd: Math.sqrt(squares / divisor) };
}

/**
 * Training monotony (Foster 1998, docs/science.md §Monotony and strain): M = mean(daily load) / SD(daily load) over
 * the 7 daily loads of one week, rest days included as 0. SD is the population SD
 * (SCIENCE_CHOICES.monotonySd). Returns null when SD = 0 (the same load every day, including a
 * week of rest): monotony is undefined there (SCIENCE_CHOICES.monotonyWhenSdZero).
 * Units: dimensionless (the load unit cancels). Valid: exactly 7 finite loads ≥ 0.
 * Thresholds (≈ 2.0 risk) are [UNVERIFIED]; Foster stressed individual thresholds.
 */
export function monotony(dailyLoads: readonly number[]): number | null {
  assertLength('dailyLoads', dailyLoads, 7);
  assertNonNegativeSeries('dailyLoads', dailyLoads);
  const { mean, sd } = meanAndSd(dailyLoads);
  // Relative tolerance: a constant week can leave a rounding-error SD that would explode the ratio.
  if (sd <= 1e-12 * Math.max(1, mean)) return SCIENCE_CHOICES.monotonyWhenSdZero;
  return mean / sd;
}
