import { DomainError } from '../errors.js';
import type { LoggedPerformance, LoggedSession, LoggedSet } from '../log/workout-log.js';
import { dateOfDay } from '../science/calendar-day.js';
import { kg, seconds } from '../units.js';
import { advanceToDay, currentAcwr, muscleFatigueFraction } from './advance-days.js';
import { exerciseProfile, MUSCLE_COUNT } from './exercise-profile.js';
import { type OverreachEvent, overreachProbability } from './overreach-risk.js';
import type { ExercisePrescription, PlannedSession } from './prescription-types.js';
import { type SimAthlete, trueOneRepMaxKg } from './sim-athlete.js';
import { SIMULATOR_DEFAULTS } from './simulator-defaults.js';
import { simulateSet } from './simulate-set.js';

/** What happened on a planned session day. */
export interface SessionOutcome {
  /** The performed session, or null when the athlete skipped it (adherence). */
  session: LoggedSession | null;
  /** An overreach event the session triggered, if any. */
  overreach: OverreachEvent | null;
  /** The session's sRPE load, duration × sRPE in AU (0 when skipped), whether or not it was logged. */
  loadAu: number;
}

// Within-session fatigue per muscle (fraction of 1RM); reused, performSession is synchronous.
const PERSISTENT = new Float64Array(MUSCLE_COUNT);
const TRANSIENT = new Float64Array(MUSCLE_COUNT);

function validate(p: ExercisePrescription): void {
  if (!Number.isInteger(p.sets) || p.sets < 1 || p.sets > 20)
    throw new DomainError('INVALID_ARGUMENT', `sets must be an integer in [1, 20], got ${p.sets} (${p.exerciseId})`);
  if (!Number.isInteger(p.reps) || p.reps < 1 || p.reps > 100)
    throw new DomainError('INVALID_REPS', `reps must be an integer in [1, 100], got ${p.reps} (${p.exerciseId})`);
  if (!Number.isFinite(p.loadKg) || p.loadKg < 0)
    throw new DomainError('INVALID_LOAD', `loadKg must be a finite number ≥ 0, got ${p.loadKg} (${p.exerciseId})`);
  if (!Number.isFinite(p.restSec) || p.restSec < 0)
    throw new DomainError('INVALID_ARGUMENT', `restSec must be ≥ 0, got ${p.restSec} (${p.exerciseId})`);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Performs a planned session on day `day` IN PLACE (the simulator's engine; `simulateSession` is the
 * pure wrapper). Order of events:
 * 1. advance to `day`; skip with probability 1 − adherence (× 0.35 while overreached);
 * 2. day performance of exercise e: 1RM_e · readiness · (1 − Σ_m share_m · φ_m(h_m)) · (1 − 8 % if overreached);
 * 3. each set via `simulateSet` against that, minus within-session fatigue Σ_m share_m · (persistent_m + transient_m);
 *    the transient part decays with rest, e^(−rest/90 s); set stimulus goes to the Banister impulses;
 * 4. session RPE = 0.6 · mean + 0.4 · max of the sets' true RPE (+ N(0, 0.5)), duration from reps, rest,
 *    setup and warm-up; daily load = duration × sRPE (Foster et al. 2001, docs/science.md §Session-RPE load);
 * 5. overreach draw with `overreachProbability(ACWR brought into the session)`.
 */
export function performSession(athlete: SimAthlete, day: number, planned: PlannedSession): SessionOutcome {
  for (const p of planned.prescriptions) validate(p);
  if (day < athlete.day) {
    throw new DomainError(
      'INVALID_ARGUMENT',
      `session day ${dateOfDay(day)} is before the athlete's current day ${dateOfDay(athlete.day)}; simulate in date order`,
    );
  }
  advanceToDay(athlete, day);
  const d = SIMULATOR_DEFAULTS;
  const { params, rng } = athlete;
  const date = dateOfDay(day);
  const overreached = day < athlete.overreachUntilDay;
  if (!rng.chance(params.adherence * (overreached ? d.overreach.adherenceFactor : 1))) return { session: null, overreach: null, loadAu: 0 };

  const readiness = Math.exp(athlete.logReadiness) * (overreached ? 1 - d.overreach.performancePenalty : 1);
  const logsEffort = rng.chance(params.logsEffort);
  const noviceBias = d.reporting.noviceRirBias * Math.exp(-params.trainingAgeYears);
  PERSISTENT.fill(0);
  TRANSIENT.fill(0);
  const performances: LoggedPerformance[] = [];
  let workSec = d.timing.warmupMin * 60;
  let rpeSum = 0;
  let rpeMax = 0;
  let workingSets = 0;

  planned.prescriptions.forEach((rx, order) => {
    const profile = exerciseProfile(rx.exerciseId);
    const { shares, setWeights } = profile;
    let dailyFatigue = 0;
    for (let m = 0; m < MUSCLE_COUNT; m++)
      dailyFatigue += (shares[m] ?? 0) * muscleFatigueFraction(athlete.fatigue[m] ?? 0, params.recovery);
    const dayOneRepMaxKg = trueOneRepMaxKg(athlete, rx.exerciseId) * readiness * (1 - dailyFatigue);
    const systemLoadKg = rx.loadKg + profile.bodyFraction * params.bodyMassKg;
    const sets: LoggedSet[] = [];
    const logged = (type: LoggedSet['type'], reps: number, loadKg: number, rpe: number | null, restSec: number): void => {
      const weightKg = profile.exercise.bodyweight && loadKg === 0 ? null : Math.round(loadKg * 100) / 100;
      sets.push({
        index: sets.length,
        type,
        reps,
        weightKg: weightKg === null ? null : kg(weightKg),
        originalWeight: weightKg,
        originalUnit: 'kg',
        rpe,
        rir: rpe === null ? null : 10 - rpe,
        restSec: seconds(Math.round(restSec)),
        distanceM: null,
        durationSec: null,
        sourceLine: athlete.nextSourceLine++,
      });
    };
    if (params.warmups && profile.exercise.mechanic === 'compound' && rx.loadKg >= d.warmup.minLoadKg) {
      for (const [fraction, reps] of d.warmup.compoundRamp) {
        logged('warmup', reps, Math.round((rx.loadKg * fraction) / profile.incrementKg) * profile.incrementKg, null, 60);
        workSec += reps * d.timing.secPerRep + 60;
      }
    }
    workSec += d.timing.setupSecPerExercise;
    let hardSets = 0;
    for (let s = 0; s < rx.sets; s++) {
      let sessionFatigue = 0;
      for (let m = 0; m < MUSCLE_COUNT; m++) sessionFatigue += (shares[m] ?? 0) * ((PERSISTENT[m] ?? 0) + (TRANSIENT[m] ?? 0));
      const oneRepMaxKg = dayOneRepMaxKg * (1 - sessionFatigue) * Math.exp(d.readiness.setNoiseSd * rng.normal());
      const out = simulateSet(rx.reps, systemLoadKg / oneRepMaxKg, rng, noviceBias);
      const lastSetOfSession = s === rx.sets - 1 && order === planned.prescriptions.length - 1;
      const restSec = lastSetOfSession ? 0 : rx.restSec * Math.exp(d.timing.restOverrunSd * rng.normal());
      logged('working', out.reps, rx.loadKg, logsEffort ? out.reportedRpe : null, restSec);
      rpeSum += out.trueRpe;
      rpeMax = Math.max(rpeMax, out.trueRpe);
      workingSets += 1;
      hardSets += out.effortWeight;
      const fatigueBonus = 1 + d.effort.failureFatigueBonus * Math.max(0, 1 - out.trueRir);
      const keep = Math.exp(-restSec / d.sessionFatigue.restTauSec);
      for (let m = 0; m < MUSCLE_COUNT; m++) {
        const w = setWeights[m] ?? 0;
        if (w > 0) {
          athlete.pendingStimulus[m] = (athlete.pendingStimulus[m] ?? 0) + w * out.effortWeight;
          athlete.pendingFatigue[m] = (athlete.pendingFatigue[m] ?? 0) + w * out.effortWeight * fatigueBonus;
        }
        const share = (shares[m] ?? 0) * out.setFatigue;
        PERSISTENT[m] = (PERSISTENT[m] ?? 0) + share * d.sessionFatigue.persistentShare;
        TRANSIENT[m] = ((TRANSIENT[m] ?? 0) + share * (1 - d.sessionFatigue.persistentShare)) * keep;
      }
      workSec += out.reps * d.timing.secPerRep + restSec;
    }
    practise(athlete, rx.exerciseId, hardSets);
    performances.push({ order, exerciseName: profile.exercise.name, sets, notes: null, supersetId: null });
  });

  const sessionRpe =
    workingSets === 0
      ? 1
      : Math.min(10, Math.max(1, Math.round((0.6 * (rpeSum / workingSets) + 0.4 * rpeMax + 0.5 * rng.normal()) * 2) / 2));
  const durationMin = Math.max(1, Math.round(workSec / 60));
  athlete.pendingLoadAu += durationMin * sessionRpe;
  const minute = rng.int(0, 59);
  const startedAt = `${date}T${pad2(params.startHour)}:${pad2(minute)}:00`;
  const session: LoggedSession = {
    key: startedAt,
    startedAt,
    date,
    title: planned.title,
    durationMin,
    notes: null,
    sessionRpe: logsEffort ? sessionRpe : null,
    performances,
  };
  return { session, overreach: overreached ? null : drawOverreach(athlete, day, date), loadAu: durationMin * sessionRpe };
}

/** Skill gain from hard sets of `exerciseId`, and its carry-over along the exercise's transfer edges. */
function practise(athlete: SimAthlete, exerciseId: string, hardSets: number): void {
  if (hardSets <= 0) return;
  const rate = SIMULATOR_DEFAULTS.skill.ratePerHardSet * hardSets;
  const bump = (id: string, weight: number): void => {
    const s = athlete.skill.get(id) ?? athlete.baseSkill;
    athlete.skill.set(id, s + Math.min(1, rate * weight) * (1 - s));
  };
  bump(exerciseId, 1);
  for (const t of exerciseProfile(exerciseId).transfers) bump(t.to, t.weight);
}

function drawOverreach(athlete: SimAthlete, day: number, date: string): OverreachEvent | null {
  const o = SIMULATOR_DEFAULTS.overreach;
  // The ACWR the athlete brought into the session (what a coach would see that morning).
  const acwr = currentAcwr(athlete);
  if (!athlete.rng.chance(overreachProbability(acwr))) return null;
  const durationDays = athlete.rng.int(o.minDays, o.maxDays);
  athlete.overreachUntilDay = day + 1 + durationDays;
  return { date, acwr, durationDays };
}
