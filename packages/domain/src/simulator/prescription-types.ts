import type { WorkoutLog } from '../log/workout-log.js';
import type { OverloadHistory } from '../overload/overload-types.js';

/** What to do for one exercise in one session. Loads are external load (added load for bodyweight moves). */
export interface ExercisePrescription {
  exerciseId: string;
  sets: number;
  reps: number;
  loadKg: number;
  restSec: number;
  /** Informational target effort (6–10); the simulated athlete does the prescribed reps regardless. */
  targetRpe?: number;
}

export interface PlannedSession {
  title: string;
  prescriptions: ExercisePrescription[];
}

/** One exercise slot of a template: the policy picks reps and load within it. */
export interface ExercisePlan {
  exerciseId: string;
  sets: number;
  repRange: { min: number; max: number };
  restSec: number;
  targetRpe?: number;
}

export interface SessionTemplate {
  title: string;
  exercises: ExercisePlan[];
}

/** A weekly training schedule: which weekday (0 = first day of the simulated week) gets which template. */
export interface WeeklySchedule {
  name: string;
  days: ReadonlyArray<{ dayOfWeek: number; template: SessionTemplate }>;
}

/** What a prescriber may look at: the log so far, never the athlete's hidden state. */
export interface PrescriberContext {
  /** `YYYY-MM-DD` of the session to prescribe. */
  date: string;
  /** 0-based week of the simulation. */
  weekIndex: number;
  template: SessionTemplate;
  /** The log so far (read-only; grows as the simulation runs). */
  log: WorkoutLog;
  /** Past sessions of the exercise as the overload rules read them (working sets), oldest first. */
  historyOf(exerciseId: string): OverloadHistory;
  /** The last prescription of the exercise that was actually performed, or null. */
  lastPrescription(exerciseId: string): ExercisePrescription | null;
  /**
   * The athlete's own first guess of the external load for `reps` with `rir` in reserve (noisy
   * self-estimate of 1RM, ±8 %, rounded to the equipment's increment), for exercises without history.
   */
  startingLoadKg(exerciseId: string, reps: number, rir: number): number;
}

/** A program / progression policy: decides each session's prescriptions from the log so far. */
export interface Prescriber {
  readonly id: string;
  prescribe(context: PrescriberContext): PlannedSession;
}
