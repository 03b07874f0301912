import type { Exercise, Level, LoggedSession, PlateSet, WorkoutLog } from '@liftgraph/domain';
import type { DebutPredictor } from '@liftgraph/learning';
import type { PredictionSource } from '../prescriptions/prediction-source.js';

/** What the planner knows about the athlete: their log, the exercise catalog, and an optional model. */
export interface AthleteContext {
  /** The athlete's log (WorkoutLog or its sessions), oldest first. */
  history: WorkoutLog | readonly LoggedSession[];
  catalog: readonly Exercise[];
  /** A trained model's next-session predictions; without one the rules alone decide. */
  predictionSource?: PredictionSource;
  /** The served debut model: loads for exercises never logged (without one, the first-exposure rules). */
  debutModel?: DebutPredictor;
  profile?: { bodyweightKg?: number; sex?: 'male' | 'female'; level?: Level };
  /** Maps a logged exercise name to a catalog exercise; default: exact name, then the domain matcher. */
  resolveExercise?: (exerciseName: string) => Exercise | null;
  /** The athlete's plates (kg or lb, microplates): every load lands on their step; default kg plates. */
  plates?: PlateSet;
  /** The athlete's today (YYYY-MM-DD): the day ACWR is read on (acwrAsOf); default the last logged day. */
  asOf?: string;
}

export function sessionsOf(history: AthleteContext['history']): readonly LoggedSession[] {
  return 'sessions' in history ? history.sessions : history;
}
