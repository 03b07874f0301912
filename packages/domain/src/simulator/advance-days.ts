import { MUSCLE_COUNT } from './exercise-profile.js';
import type { SimAthlete } from './sim-athlete.js';
import { SIMULATOR_DEFAULTS } from './simulator-defaults.js';

/**
 * Fatigue decrement of one muscle from its Banister fatigue trace h (ASSUMPTION, SIMULATOR_DEFAULTS.fatigue):
 *   φ(h) = φmax · (1 − e^(−k · h / recovery))
 */
export function muscleFatigueFraction(fatigueTrace: number, recovery: number): number {
  const f = SIMULATOR_DEFAULTS.fatigue;
  return f.maxFraction * (1 - Math.exp((-f.perImpulse * fatigueTrace) / recovery));
}

/**
 * Moves the athlete to the start of `day` in place, one calendar day at a time. For each day d:
 * 1. Banister (docs/science.md §Banister model, recursive form, sum over s < t): g ← (g + w_d) · e^(−1/τ1),
 *    h ← (h + w'_d) · e^(−recovery/τ2), with w = effective hard sets per muscle and w' their
 *    failure-weighted fatigue dose.
 * 2. Structural capacity (SIMULATOR_DEFAULTS.adaptation), with D = 7 · g · (1 − e^(−1/τ1)) / e^(−1/τ1)
 *    the weekly hard-set dose the fitness trace carries:
 *    C ← C + rate · (1 − C)^γ · D/(D + D50) · e^(−(φ/φcrit)²) − decay · (C − 0.5) · max(0, 1 − D/Dmaint)
 * 3. Skill relaxes toward the athlete's base skill with τ = 240 d (slow neural detraining).
 * 4. EWMA ACWR loads: L ← λ · load_d + (1 − λ) · L, λ = 2/(N + 1), N = 7 and 28 (docs/science.md §ACWR).
 * 5. Readiness: ln r ← ρ · ln r + √(1 − ρ²) · σ · z.
 * Days before `athlete.day` are never revisited (a no-op then).
 */
export function advanceToDay(athlete: SimAthlete, day: number): void {
  const d = SIMULATOR_DEFAULTS;
  const p = athlete.params;
  const dec1 = Math.exp(-1 / d.banister.fitnessTauDays);
  const dec2 = Math.exp(-p.recovery / d.banister.fatigueTauDays);
  const doseScale = (7 * (1 - dec1)) / dec1;
  const a = d.adaptation;
  const skillDecay = Math.exp(-1 / d.skill.decayTauDays);
  const lambdaAcute = 2 / (d.acwr.acuteDays + 1);
  const lambdaChronic = 2 / (d.acwr.chronicDays + 1);
  const rho = d.readiness.autocorrelation;
  const innovation = Math.sqrt(1 - rho * rho) * d.readiness.sd;
  const { capacity, fitness, fatigue, pendingStimulus, pendingFatigue } = athlete;
  while (athlete.day < day) {
    for (let m = 0; m < MUSCLE_COUNT; m++) {
      const g = ((fitness[m] ?? 0) + (pendingStimulus[m] ?? 0)) * dec1;
      const h = ((fatigue[m] ?? 0) + (pendingFatigue[m] ?? 0)) * dec2;
      fitness[m] = g;
      fatigue[m] = h;
      pendingStimulus[m] = 0;
      pendingFatigue[m] = 0;
      const c = capacity[m] ?? 0;
      const dose = g * doseScale;
      const phi = muscleFatigueFraction(h, p.recovery) / a.fatigueCritical;
      const gain =
        a.ratePerDay * Math.pow(Math.max(0, 1 - c), a.ceilingExponent) * (dose / (dose + a.halfResponseSetsPerWeek)) * Math.exp(-phi * phi);
      const loss = a.detrainingPerDay * Math.max(0, c - d.capacity.untrained) * Math.max(0, 1 - dose / a.maintenanceSetsPerWeek);
      capacity[m] = Math.min(d.capacity.ceiling, c + gain - loss);
    }
    if (athlete.skill.size > 0) {
      for (const [id, s] of athlete.skill) {
        athlete.skill.set(id, athlete.baseSkill + (s - athlete.baseSkill) * skillDecay);
      }
    }
    const load = athlete.pendingLoadAu;
    athlete.acuteLoadAu = lambdaAcute * load + (1 - lambdaAcute) * athlete.acuteLoadAu;
    athlete.chronicLoadAu = lambdaChronic * load + (1 - lambdaChronic) * athlete.chronicLoadAu;
    athlete.pendingLoadAu = 0;
    athlete.daysSimulated += 1;
    athlete.logReadiness = rho * athlete.logReadiness + innovation * athlete.rng.normal();
    athlete.day += 1;
  }
}

/** Current EWMA ACWR (acute / chronic), or null during the 28-day warm-up or when chronic load is 0. */
export function currentAcwr(athlete: SimAthlete): number | null {
  if (athlete.daysSimulated < SIMULATOR_DEFAULTS.acwr.warmupDays || athlete.chronicLoadAu <= 0) return null;
  return athlete.acuteLoadAu / athlete.chronicLoadAu;
}
