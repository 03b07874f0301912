import { assertInRange, assertNonNegativeSeries } from './assert-range.js';
import { SCIENCE_CHOICES } from './science-choices.js';

export interface BanisterParams {
  /** Baseline performance p0 (units of the performance measure). */
  p0: number;
  /** Fitness gain. */
  k1: number;
  /** Fatigue gain (usually k2 > k1). */
  k2: number;
  /** Fitness decay time constant in days. */
  tau1Days: number;
  /** Fatigue decay time constant in days (usually tau2 < tau1). */
  tau2Days: number;
}

/**
 * Defaults, a PRIOR to fit per athlete, not an empirical strength-training fit (docs/science.md §Banister parameters:
 * none is verified): tau 42 / 7 d is the CTL/ATL convention; k2 = 2 × k1 follows the "k2 ≈ 2–3 × k1"
 * range quoted by secondary sources and keeps the usual k1 < k2 constraint.
 */
export const BANISTER_DEFAULTS: Readonly<BanisterParams> = { p0: 0, k1: 1, k2: 2, tau1Days: 42, tau2Days: 7 };

export interface BanisterPoint {
  /** g_t = Σ_{s<t} w_s · e^{−(t−s)/τ1}. */
  fitness: number;
  /** h_t = Σ_{s<t} w_s · e^{−(t−s)/τ2}. */
  fatigue: number;
  /** p_t = p0 + k1 · g_t − k2 · h_t. */
  performance: number;
}

/**
 * Banister fitness–fatigue impulse-response model (Banister 1975; Morton, Fitz-Clarke & Banister
 * 1990, docs/science.md §Banister model):
 *   p(t) = p0 + k1 Σ_{s<t} w(s) e^{−(t−s)/τ1} − k2 Σ_{s<t} w(s) e^{−(t−s)/τ2}
 * computed recursively in O(1) per day: g_t = (g_{t−1} + w_{t−1}) · e^{−1/τ1} (same for h with τ2).
 * The sum is over s < t (SCIENCE_CHOICES.banisterIncludesToday = false): today's dose shows from tomorrow.
 * Input: consecutive calendar-day doses (any load unit), oldest first. Output: one point per day.
 * Valid: doses ≥ 0; k1, k2 ≥ 0; tau in (0, 365] days.
 */
export function banister(dailyLoads: readonly number[], params: Partial<BanisterParams> = {}): BanisterPoint[] {
  assertNonNegativeSeries('dailyLoads', dailyLoads);
  const { p0, k1, k2, tau1Days, tau2Days } = { ...BANISTER_DEFAULTS, ...params };
  assertInRange('k1', k1, 0, Number.MAX_VALUE);
  assertInRange('k2', k2, 0, Number.MAX_VALUE);
  assertInRange('tau1Days', tau1Days, Number.MIN_VALUE, 365);
  assertInRange('tau2Days', tau2Days, Number.MIN_VALUE, 365);
  const decay1 = Math.exp(-1 / tau1Days);
  const decay2 = Math.exp(-1 / tau2Days);
  const today = SCIENCE_CHOICES.banisterIncludesToday;
  let fitness = 0;
  let fatigue = 0;
  let previous = 0;
  return dailyLoads.map((load) => {
    fitness = (fitness + previous) * decay1;
    fatigue = (fatigue + previous) * decay2;
    previous = load;
    const g = today ? fitness + load : fitness;
    const h = today ? fatigue + load : fatigue;
    return { fitness: g, fatigue: h, performance: p0 + k1 * g - k2 * h };
  });
}
