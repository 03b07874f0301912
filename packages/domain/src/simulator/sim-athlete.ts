import { DomainError } from '../errors.js';
import { exerciseProfile, MUSCLE_COUNT } from './exercise-profile.js';
import { SeededRng } from './seeded-rng.js';
import { SIMULATOR_DEFAULTS } from './simulator-defaults.js';

export type Sex = 'male' | 'female';

/** Who the simulated athlete is. Only `sex`, `trainingAgeYears` and `bodyMassKg` are required. */
export interface AthleteParams {
  sex: Sex;
  /** Years of consistent lifting before the simulation; 0 = untrained. */
  trainingAgeYears: number;
  bodyMassKg: number;
  /** Recovery multiplier (1 = typical): scales fatigue clearance speed and fatigue sensitivity. */
  recovery?: number;
  /** Probability of doing a planned session, in [0, 1]. Default 0.9. */
  adherence?: number;
  /** Multiplicative strength talent (1 = typical). */
  talent?: number;
  /** Probability that a session's RPE/RIR and session RPE are logged. Default 1. */
  logsEffort?: number;
  /** Usual start hour (0–23) of sessions. Default 18. */
  startHour?: number;
  /** Log warm-up sets before compound lifts. Default true. */
  warmups?: boolean;
}

/**
 * Mutable-in-place state of a simulated athlete (the public functions clone before changing it).
 * Per-muscle arrays are in MUSCLE_GROUP_IDS order. `day` is the day number (days since 1970-01-01)
 * whose start the state describes; today's training impulses wait in `pending*` until the day ends.
 */
export interface SimAthlete {
  readonly params: Readonly<Required<AthleteParams>>;
  day: number;
  rng: SeededRng;
  /** Structural capacity C ∈ (0, 1] per muscle (0.5 untrained, 1 = ceiling). */
  capacity: Float64Array;
  /** Banister fitness trace g per muscle (effective hard sets, τ1). */
  fitness: Float64Array;
  /** Banister fatigue trace h per muscle (effort-weighted hard sets, τ2 / recovery). */
  fatigue: Float64Array;
  pendingStimulus: Float64Array;
  pendingFatigue: Float64Array;
  /** Exercise skill ∈ (0, 1]; absent ids are at `baseSkill`. */
  skill: Map<string, number>;
  baseSkill: number;
  /** ln(readiness), AR(1). */
  logReadiness: number;
  /** EWMA daily sRPE load (AU), acute and chronic; `pendingLoadAu` is today's so far. */
  acuteLoadAu: number;
  chronicLoadAu: number;
  pendingLoadAu: number;
  daysSimulated: number;
  /** First day no longer overreached (≤ day: not overreached). */
  overreachUntilDay: number;
  nextSourceLine: number;
}

function resolve(params: AthleteParams): Required<AthleteParams> {
  const p: Required<AthleteParams> = {
    recovery: 1,
    adherence: 0.9,
    talent: 1,
    logsEffort: 1,
    startHour: 18,
    warmups: true,
    ...params,
  };
  const check = (name: string, value: number, lo: number, hi: number): void => {
    if (!Number.isFinite(value) || value < lo || value > hi) {
      throw new DomainError('INVALID_ARGUMENT', `athlete ${name} must be in [${lo}, ${hi}], got ${value}`);
    }
  };
  check('trainingAgeYears', p.trainingAgeYears, 0, 60);
  check('bodyMassKg', p.bodyMassKg, 30, 250);
  check('recovery', p.recovery, 0.3, 3);
  check('adherence', p.adherence, 0, 1);
  check('talent', p.talent, 0.3, 3);
  check('logsEffort', p.logsEffort, 0, 1);
  check('startHour', p.startHour, 0, 23);
  return p;
}

/**
 * A new athlete on day `startDay` (default 0; `runSimulation` moves it to its start date).
 * Trained-ness sets the starting capacity, C0 = 0.5 + (0.93 − 0.5) · (1 − e^(−age / 2.5 y)) with
 * ±0.02 per-muscle jitter, and skill, 0.84 + (0.98 − 0.84) · (1 − e^(−age / 1 y)). Trained athletes
 * start with Banister traces at the steady state of 10 hard sets/muscle/week and a habitual sRPE load
 * (3 × 60 min × 6.5 per week), so they neither detrain nor "spike" on day one. ASSUMPTIONS: SIMULATOR_DEFAULTS.
 */
export function createAthlete(params: AthleteParams, seed: number, startDay = 0): SimAthlete {
  const p = resolve(params);
  const d = SIMULATOR_DEFAULTS;
  const rng = new SeededRng(seed);
  const trained = 1 - Math.exp(-p.trainingAgeYears / d.capacity.trainingAgeScaleYears);
  const capacity = new Float64Array(MUSCLE_COUNT);
  for (let m = 0; m < MUSCLE_COUNT; m++) {
    const c = d.capacity.untrained + (d.capacity.trainedCeilingAtStart - d.capacity.untrained) * trained + 0.02 * rng.normal();
    capacity[m] = Math.min(0.99, Math.max(0.4, c));
  }
  const habitual = p.trainingAgeYears >= 0.25 ? 10 / 7 : 0;
  const dec1 = Math.exp(-1 / d.banister.fitnessTauDays);
  const dec2 = Math.exp(-p.recovery / d.banister.fatigueTauDays);
  const habitualLoadAu = p.trainingAgeYears >= 0.25 ? (3 * 60 * 6.5) / 7 : 0;
  return {
    params: p,
    day: startDay,
    rng,
    capacity,
    fitness: new Float64Array(MUSCLE_COUNT).fill((habitual * dec1) / (1 - dec1)),
    fatigue: new Float64Array(MUSCLE_COUNT).fill((0.5 * habitual * dec2) / (1 - dec2)),
    pendingStimulus: new Float64Array(MUSCLE_COUNT),
    pendingFatigue: new Float64Array(MUSCLE_COUNT),
    skill: new Map(),
    baseSkill: d.skill.untrained + (0.98 - d.skill.untrained) * (1 - Math.exp(-p.trainingAgeYears)),
    logReadiness: 0,
    acuteLoadAu: habitualLoadAu,
    chronicLoadAu: habitualLoadAu,
    pendingLoadAu: 0,
    daysSimulated: p.trainingAgeYears >= 0.25 ? d.acwr.warmupDays : 0,
    overreachUntilDay: -Infinity,
    nextSourceLine: 2,
  };
}

/** Deep copy: the copy and the original evolve independently (and replay the same noise). */
export function cloneAthlete(a: SimAthlete): SimAthlete {
  return {
    ...a,
    rng: a.rng.clone(),
    capacity: a.capacity.slice(),
    fitness: a.fitness.slice(),
    fatigue: a.fatigue.slice(),
    pendingStimulus: a.pendingStimulus.slice(),
    pendingFatigue: a.pendingFatigue.slice(),
    skill: new Map(a.skill),
  };
}

// ASSUMPTION: women's 1RM/bodyweight ≈ 55 % (upper body) and 70 % (lower body) of men's in strength-standard tables.
const SEX_FACTOR = { male: { upper: 1, lower: 1 }, female: { upper: 0.55, lower: 0.7 } } as const;

/**
 * Rested "true" 1RM of an exercise today, in kg (system load, i.e. bodyweight share + added load,
 * for bodyweight exercises):
 *   1RM_e = bodyMass · ratio_e · sex_e · talent · (Σ_m share_{e,m} · C_m) / 0.5 · skill_e
 * so muscle capacity enters through the TARGETS shares and technique through the exercise's skill.
 */
export function trueOneRepMaxKg(athlete: SimAthlete, exerciseId: string): number {
  const profile = exerciseProfile(exerciseId);
  const p = athlete.params;
  let c = 0;
  for (let m = 0; m < MUSCLE_COUNT; m++) c += (profile.shares[m] ?? 0) * (athlete.capacity[m] ?? 0);
  const skill = athlete.skill.get(exerciseId) ?? athlete.baseSkill;
  return (
    (p.bodyMassKg * profile.baseRatio * SEX_FACTOR[p.sex][profile.region] * p.talent * c * skill) / SIMULATOR_DEFAULTS.capacity.untrained
  );
}
