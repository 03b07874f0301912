import { DomainError } from '../errors.js';
import type { WorkoutLog } from '../log/workout-log.js';
import { roundLoadKg } from '../overload/round-load.js';
import type { ExerciseSession } from '../overload/overload-types.js';
import { dateOfDay, dayNumber } from '../science/calendar-day.js';
import { advanceToDay, currentAcwr } from './advance-days.js';
import { exerciseProfile } from './exercise-profile.js';
import type { OverreachEvent } from './overreach-risk.js';
import { performSession } from './perform-session.js';
import type { ExercisePrescription, Prescriber, PrescriberContext, WeeklySchedule } from './prescription-types.js';
import { loadFractionFor } from './reps-at-load.js';
import { SeededRng } from './seeded-rng.js';
import { cloneAthlete, type SimAthlete, trueOneRepMaxKg } from './sim-athlete.js';

export interface RunSimulationOptions {
  athlete: SimAthlete;
  weeks: number;
  schedule: WeeklySchedule;
  prescriber: Prescriber;
  /** First day of week 0, `YYYY-MM-DD`. Default 2024-01-01 (a Monday). */
  startDate?: string;
  /** Reseeds the athlete's noise stream; default: keep the athlete's own stream. */
  seed?: number;
  /** Exercises whose true 1RM is tracked weekly; default every exercise of the schedule. */
  trackExerciseIds?: readonly string[];
}

export interface AcwrWeek {
  /** `YYYY-MM-DD` of the week's first day. */
  weekStart: string;
  /** EWMA ACWR at the end of the week; null during the warm-up. */
  acwr: number | null;
  /** Σ daily sRPE load of the week, AU. */
  loadAu: number;
}

export interface SimulationResult {
  /** Same model as imported logs: format 'liftgraph', unit 'kg', sessions oldest first. */
  log: WorkoutLog;
  /** Rested true 1RM in kg per tracked exercise: index 0 = start, index w = end of week w. */
  trueOneRepMaxByExercise: Record<string, number[]>;
  acwrWeeks: AcwrWeek[];
  overreachEvents: OverreachEvent[];
  plannedSessions: number;
  skippedSessions: number;
  /** The athlete at the end (the input athlete is not changed). */
  athlete: SimAthlete;
}

/**
 * Closed-loop simulation: for `weeks` weeks, on each scheduled day the `prescriber` sees the log so
 * far (never the hidden state) and prescribes a session, which the athlete performs (`performSession`).
 * Deterministic: same athlete, options and prescriber → identical result.
 */
export function runSimulation(options: RunSimulationOptions): SimulationResult {
  const { weeks, schedule, prescriber } = options;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520)
    throw new DomainError('INVALID_ARGUMENT', `weeks must be an integer in [1, 520], got ${weeks}`);
  for (const slot of schedule.days) {
    if (!Number.isInteger(slot.dayOfWeek) || slot.dayOfWeek < 0 || slot.dayOfWeek > 6) {
      throw new DomainError(
        'INVALID_ARGUMENT',
        `schedule "${schedule.name}": dayOfWeek must be an integer in [0, 6], got ${slot.dayOfWeek}`,
      );
    }
  }
  const startDay = dayNumber(options.startDate ?? '2024-01-01');
  const athlete = cloneAthlete(options.athlete);
  if (options.seed !== undefined) athlete.rng = new SeededRng(options.seed);
  athlete.day = Math.max(athlete.day, startDay);
  const guessRng = athlete.rng.fork(0x5eed);

  const log: WorkoutLog = { format: 'liftgraph', unit: 'kg', sessions: [] };
  const history = new Map<string, ExerciseSession[]>();
  const lastRx = new Map<string, ExercisePrescription>();
  const selfEstimate = new Map<string, number>();
  const tracked = [...new Set(options.trackExerciseIds ?? schedule.days.flatMap((d) => d.template.exercises.map((e) => e.exerciseId)))];
  const trueOneRepMaxByExercise: Record<string, number[]> = {};
  const snapshot = (): void => {
    for (const id of tracked) (trueOneRepMaxByExercise[id] ??= []).push(Math.round(trueOneRepMaxKg(athlete, id) * 100) / 100);
  };
  snapshot();

  const startingLoadKg = (exerciseId: string, reps: number, rir: number): number => {
    const profile = exerciseProfile(exerciseId);
    let belief = selfEstimate.get(exerciseId);
    if (belief === undefined) {
      belief = trueOneRepMaxKg(athlete, exerciseId) * (1 + 0.08 * guessRng.normal());
      selfEstimate.set(exerciseId, belief);
    }
    const externalKg = belief * loadFractionFor(reps, rir) - profile.bodyFraction * athlete.params.bodyMassKg;
    return roundLoadKg(Math.max(0, externalKg), profile.incrementKg, 'down');
  };

  const acwrWeeks: AcwrWeek[] = [];
  const overreachEvents: OverreachEvent[] = [];
  let planned = 0;
  let skipped = 0;
  const slots = [...schedule.days].sort((a, b) => a.dayOfWeek - b.dayOfWeek);
  for (let week = 0; week < weeks; week++) {
    const weekStartDay = startDay + 7 * week;
    let weekLoadAu = 0;
    for (const slot of slots) {
      const day = weekStartDay + slot.dayOfWeek;
      const date = dateOfDay(day);
      const context: PrescriberContext = {
        date,
        weekIndex: week,
        template: slot.template,
        log,
        historyOf: (id) => history.get(id) ?? [],
        lastPrescription: (id) => lastRx.get(id) ?? null,
        startingLoadKg,
      };
      const plan = prescriber.prescribe(context);
      planned += 1;
      const outcome = performSession(athlete, day, plan);
      if (outcome.overreach) overreachEvents.push(outcome.overreach);
      const session = outcome.session;
      if (!session) {
        skipped += 1;
        continue;
      }
      weekLoadAu += outcome.loadAu;
      log.sessions.push(session);
      plan.prescriptions.forEach((rx, i) => {
        const performed = session.performances[i];
        if (!performed) return;
        lastRx.set(rx.exerciseId, rx);
        const sets = performed.sets
          .filter((s) => s.type === 'working')
          .map((s) => ({ weightKg: rx.loadKg, reps: s.reps ?? 0, rpe: s.rpe, rir: s.rir }));
        const list = history.get(rx.exerciseId) ?? [];
        list.push({ date, targetReps: rx.reps, sets });
        history.set(rx.exerciseId, list);
      });
    }
    advanceToDay(athlete, weekStartDay + 7);
    acwrWeeks.push({ weekStart: dateOfDay(weekStartDay), acwr: currentAcwr(athlete), loadAu: Math.round(weekLoadAu) });
    snapshot();
  }
  return { log, trueOneRepMaxByExercise, acwrWeeks, overreachEvents, plannedSessions: planned, skippedSessions: skipped, athlete };
}
