import type { Equipment } from '../exercise/exercise.js';

/** What a rule asks the next session of one exercise to change. */
export type OverloadAction = 'increase-load' | 'decrease-load' | 'increase-reps' | 'decrease-reps' | 'increase-rest' | 'hold' | 'deload';

/** The prescription for one exercise in one session. */
export interface Prescription {
  weightKg: number;
  reps: number;
  restSec: number;
  sets: number;
}

/** A rule's output: the next prescription and a one-line human reason. */
export interface OverloadDecision {
  /** kebab-case; doubles as the rule's human name. */
  ruleId: string;
  action: OverloadAction;
  weightKg: number;
  reps: number;
  restSec: number;
  sets?: number;
  /** One line, numbers included: "+2.5 % load: fatigue 6.0 < 7". */
  reason: string;
}

/** One set as performed. RPE/RIR are optional because most logs lack them. */
export interface PerformedSet {
  weightKg: number;
  reps: number;
  rpe?: number | null;
  rir?: number | null;
}

/** One past session of the exercise being progressed: working sets only. */
export interface ExerciseSession {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Reps that were prescribed per set that day. */
  targetReps: number;
  sets: readonly PerformedSet[];
}

/** Past sessions of one exercise, oldest first. */
export type OverloadHistory = readonly ExerciseSession[];

export interface OverloadContext {
  /** `YYYY-MM-DD` of the session being planned. */
  date: string;
  /** The current prescription, which the decision adjusts. */
  current: Prescription;
  /** Picks the plate increment for rounding (barbell 2.5 kg, dumbbell 2 kg, … see OVERLOAD_DEFAULTS). */
  equipment?: Equipment;
  /** Linear progression increment: upper body +2.5 kg, lower body +5 kg. Default upper. */
  region?: 'upper' | 'lower';
  /** Enables double progression. Reps, inclusive. */
  repRange?: { min: number; max: number };
  /** Enables RPE-target autoregulation (6–10). */
  targetRpe?: number | null;
  /** Enables the study's fatigue rule: the athlete's fatigue on a 0–10 scale. */
  fatigue?: number | null;
  /** Completed training weeks since the last deload; drives the scheduled deload. */
  weeksSinceDeload?: number | null;
  /** Current ACWR (EWMA or uncoupled rolling) for the guardrail; null when unknown. */
  acwr?: number | null;
  /**
   * `false` when the caller needs the numbers only (e.g. a rule baseline for 100k graph nodes): rules
   * and guardrails then leave `reason` empty and `applyOverload` returns no `reasons`. The decision
   * itself never depends on it. Default `true`.
   */
  explain?: boolean;
}

/** A progression rule as data: id, one-line description, and a pure evaluation (null = not applicable). */
export interface OverloadRule<P = unknown> {
  readonly id: string;
  readonly description: string;
  evaluate(history: OverloadHistory, context: OverloadContext, params: P): OverloadDecision | null;
}
