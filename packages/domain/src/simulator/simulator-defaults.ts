/**
 * Every parameter of the athlete simulator in one object. Each entry says where it comes from:
 * a section of docs/science.md, or "ASSUMPTION" = chosen here to give plausible magnitudes
 * (documented so a reviewer can challenge it), never tuned to favour any planner.
 */
export const SIMULATOR_DEFAULTS = {
  banister: {
    /** Fitness decay τ1 in days: the 42-d CTL convention (docs/science.md §Banister parameters: a prior, not a strength fit). */
    fitnessTauDays: 42,
    /** Fatigue decay τ2 in days for recovery = 1: the 7-d ATL convention (docs/science.md §Banister parameters). */
    fatigueTauDays: 7,
  },
  /** Fatigue decrement of a muscle: φ = φmax · (1 − e^(−k·h)). ASSUMPTION: ~5 % at 12 hard sets/week, ~10 % at 25. */
  fatigue: { maxFraction: 0.4, perImpulse: 0.01 },
  /**
   * Structural adaptation per muscle, per day (ASSUMPTION, calibrated to "novice ~1–2 %/week,
   * advanced far less"): dC = rate · (1 − C)^γ · D/(D + D50) · e^(−(φ/φcrit)²) − decay · (C − floor) · max(0, 1 − D/Dmaint)
   * D = weekly effective hard sets implied by the fitness trace. D50 ≈ MEV–MAV midpoint (docs/science.md §Volume landmarks);
   * the e^(−(φ/φcrit)²) term makes volume far above MRV counter-productive (docs/science.md
   * §Volume landmarks: beyond MRV, more gives worse results).
   */
  adaptation: {
    ratePerDay: 0.006,
    ceilingExponent: 1.5,
    halfResponseSetsPerWeek: 10,
    fatigueCritical: 0.12,
    /** Below this weekly dose capacity decays (RP MV ≈ 4–8 sets, docs/science.md §Volume landmarks). */
    maintenanceSetsPerWeek: 4,
    detrainingPerDay: 0.004,
  },
  /** Capacity index C ∈ (0, 1]: 0.5 untrained, 1 = genetic ceiling (≈ 2× untrained strength). ASSUMPTION. */
  capacity: { untrained: 0.5, ceiling: 1, trainingAgeScaleYears: 2.5, trainedCeilingAtStart: 0.93 },
  /** Exercise skill (neural/technique) ∈ (0, 1]: fast early gains, transfer along TRANSFERS_TO / similarity. ASSUMPTION. */
  skill: { untrained: 0.84, ratePerHardSet: 0.012, decayTauDays: 240, similarityMin: 0.72, similarityScale: 0.5 },
  /**
   * Effort weight of a set by RIR: hard (RIR ≤ 4, docs/science.md §Hard sets) = 1, fading to 0 at RIR 8.
   * Failure (RIR 0) costs extra fatigue (docs/science.md §Recovery).
   */
  effort: { hardRir: 4, zeroRir: 8, failureFatigueBonus: 0.25 },
  /**
   * Within-session fatigue per set at 0 RIR, as a fraction of 1RM; transient part recovers with rest
   * (ASSUMPTION; PCr recovery ~3–5 min, docs/science.md §Rest intervals).
   */
  sessionFatigue: { perSetAtFailure: 0.06, persistentShare: 0.3, restTauSec: 90 },
  /** Day-to-day readiness: log-readiness AR(1) with SD and lag-1 correlation. ASSUMPTION (1RM day-to-day CV ~3 %). */
  readiness: { sd: 0.03, autocorrelation: 0.5, setNoiseSd: 0.01 },
  /** Reported RIR error SD = base + slope · RIR (Hackett et al. 2017: ~1 rep at 0–5 RIR, > 2 at 7–10, docs/science.md §e1RM). */
  reporting: { rirErrorSdBase: 0.5, rirErrorSdPerRir: 0.2, noviceRirBias: 1 },
  /** EWMA ACWR on daily sRPE load: λ = 2/(N + 1), N = 7 / 28 (Williams et al. 2017, docs/science.md §ACWR); no risk before day 28. */
  acwr: { acuteDays: 7, chronicDays: 28, warmupDays: 28 },
  /**
   * Overreach/injury hazard per training session: p = base + spike / (1 + e^(−(ACWR − mid)/width)).
   * mid = 1.5 is Gabbett's danger zone (docs/science.md §ACWR zones); base ≈ 2–4 injuries / 1000 h of lifting (ASSUMPTION).
   * CAVEAT (docs/science.md §ACWR critiques): the ACWR–injury link is disputed; the simulator ASSUMES it, so it cannot test it.
   */
  overreach: {
    basePerSession: 0.003,
    spikePerSession: 0.12,
    acwrMid: 1.5,
    acwrWidth: 0.12,
    minDays: 7,
    maxDays: 21,
    performancePenalty: 0.08,
    adherenceFactor: 0.35,
  },
  /** Session timing: seconds per rep, setup per exercise, warm-up block, rest overrun factor. ASSUMPTION. */
  timing: { secPerRep: 3.5, setupSecPerExercise: 60, warmupMin: 6, restOverrunSd: 0.15 },
  /** Warm-up ramp before compound lifts (fraction of the working load × reps). ASSUMPTION: common practice. */
  warmup: {
    compoundRamp: [
      [0.5, 8],
      [0.7, 4],
    ] as ReadonlyArray<readonly [number, number]>,
    minLoadKg: 30,
  },
} as const;

export type SimulatorParams = typeof SIMULATOR_DEFAULTS;
