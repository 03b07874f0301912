/**
 * A logged session as autoregulation and personal-record detection read it: what the athlete did on one
 * day, exercise by exercise, set by set. A set left blank is kept as not done (`done: false`, reps
 * null), never dropped; warm-up sets are marked. Loads are the numbers logged, counted like the
 * prescription's (`loadKg` of the program contract): each dumbbell for per-hand lifts, the added load
 * for body-weight exercises (null or 0 = body weight alone).
 */
export interface LoggedWorkoutSet {
  /** Reps done; null for a set not done. */
  reps: number | null;
  weightKg: number | null;
  rir?: number | null;
  rpe?: number | null;
  /** false: left blank / not done. Default true. */
  done?: boolean;
  /** Warm-up sets count for nothing here. Default false. */
  warmup?: boolean;
}

export interface LoggedWorkoutExercise {
  exerciseId: string;
  exerciseName?: string;
  sets: readonly LoggedWorkoutSet[];
}

export interface LoggedWorkoutSession {
  /** The stored session's id, when it has one. */
  sessionId?: string | null;
  /** `YYYY-MM-DD`. */
  date: string;
  exercises: readonly LoggedWorkoutExercise[];
}

/** A working set that was done: not a warm-up, done, with a whole number of reps ≥ 1. */
export interface DoneSet {
  reps: number;
  weightKg: number;
  rir: number | null;
  rpe: number | null;
}

/** True for a set that counts as work done (not a warm-up, not left blank, reps ≥ 1). */
export function isDoneWorkingSet(set: LoggedWorkoutSet): boolean {
  return set.warmup !== true && set.done !== false && set.reps != null && Number.isInteger(set.reps) && set.reps >= 1;
}

/** The done working sets of an exercise, loads null read as 0 (body weight alone). */
export function doneWorkingSets(sets: readonly LoggedWorkoutSet[]): DoneSet[] {
  return sets.filter(isDoneWorkingSet).map((s) => ({
    reps: s.reps as number,
    weightKg: s.weightKg != null && Number.isFinite(s.weightKg) ? Math.max(0, s.weightKg) : 0,
    rir: s.rir ?? null,
    rpe: s.rpe ?? null,
  }));
}
