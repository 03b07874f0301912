import type { OverloadHistory } from '@liftgraph/domain';

/** What a model sees to predict the next session of one exercise. */
export interface PredictionInput {
  athleteId: string;
  exerciseId: string;
  /** `YYYY-MM-DD` of the session being planned. */
  date: string;
  /** This exercise's past sessions (working sets), oldest first. */
  history: OverloadHistory;
}

/** A model's next-session prediction; the planner clamps it with the overload rules. */
export interface Prediction {
  weightKg: number;
  reps: number;
  restSec: number;
  /** Short human reasons (feature attributions, similar sessions...), shown in the rationale. */
  reasons?: string[];
}

/**
 * Where learned predictions plug in (the trained GNN, loaded through @liftgraph/learning). Returns null
 * when it has nothing to say for the exercise (no history, low confidence), so the rules decide.
 */
export interface PredictionSource {
  readonly id: string;
  predict(input: PredictionInput): Prediction | null;
}
