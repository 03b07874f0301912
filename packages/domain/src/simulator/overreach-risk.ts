import { SIMULATOR_DEFAULTS } from './simulator-defaults.js';

/** An overreach/injury event: from `date`, performance is reduced and sessions are often missed. */
export interface OverreachEvent {
  /** `YYYY-MM-DD` of the session that triggered it. */
  date: string;
  /** EWMA ACWR the athlete brought into the session; null during the 28-day warm-up. */
  acwr: number | null;
  /** Days of reduced performance and adherence. */
  durationDays: number;
}

/**
 * Probability that a training session triggers an overreach/injury event, logistic in ACWR:
 *   p = base + spike / (1 + e^(−(ACWR − 1.5) / 0.12))
 * Midpoint 1.5 = Gabbett's "danger zone" (docs/science.md §ACWR zones); base 0.003/session ≈ 2–4 injuries per
 * 1000 h of lifting (ASSUMPTION); spike 0.12 (ASSUMPTION): p ≈ 0.4 % at ACWR 1.0, 6 % at 1.5, 12 % at 2.
 * `null` ACWR (warm-up) gives the base rate. The ACWR–injury link is disputed (Impellizzeri et al.
 * 2021, docs/science.md §ACWR critiques): this is a modelling assumption, so results built on it cannot confirm it.
 */
export function overreachProbability(acwr: number | null): number {
  const o = SIMULATOR_DEFAULTS.overreach;
  if (acwr === null || !Number.isFinite(acwr)) return o.basePerSession;
  return o.basePerSession + o.spikePerSession / (1 + Math.exp(-(acwr - o.acwrMid) / o.acwrWidth));
}
