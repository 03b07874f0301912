import type { WorkoutLog } from './workout-log.js';

/** Headline counts of a log, by the definitions documented on `importWorkoutLog`. */
export interface LogSummary {
  /** Distinct workouts. */
  sessions: number;
  /** Every recorded set (Strong rest-timer rows are not sets). */
  sets: number;
  /** Sets whose type is not `warmup`. */
  workingSets: number;
  /** Distinct exercise names, exactly as logged. */
  exercises: number;
  /** `YYYY-MM-DD` of the first and last session; null for an empty log. */
  firstDate: string | null;
  lastDate: string | null;
}

/** Counts sessions, sets, working sets and distinct exercises, and the date span, of a log. */
export function summarizeLog(log: WorkoutLog): LogSummary {
  let sets = 0;
  let workingSets = 0;
  const exercises = new Set<string>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const session of log.sessions) {
    if (firstDate === null || session.date < firstDate) firstDate = session.date;
    if (lastDate === null || session.date > lastDate) lastDate = session.date;
    for (const performance of session.performances) {
      exercises.add(performance.exerciseName);
      for (const set of performance.sets) {
        sets += 1;
        if (set.type !== 'warmup') workingSets += 1;
      }
    }
  }
  return { sessions: log.sessions.length, sets, workingSets, exercises: exercises.size, firstDate, lastDate };
}
