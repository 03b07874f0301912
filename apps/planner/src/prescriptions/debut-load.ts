import { type Exercise, plateIncrementKg, roundLoadKg, formatWeight, type WeightUnit } from '@liftgraph/domain';
import type { DebutPrediction } from '@liftgraph/learning';
import type { PrescriptionSource } from '@liftgraph/domain/program';
import { LOAD_GUARD } from './load-guard.js';
import { rtsFraction } from './strength-ratios.js';

/** The debut model's estimate for an exercise the athlete has never logged. */
export interface DebutEstimate {
  /** Predicted top set of the first session (kg, in the planner's units: per hand for two-dumbbell exercises). */
  kg: number;
  /** The reps it is predicted at: the median top-set reps of the athlete's history. */
  typicalReps: number;
  /** The logged lift it drew on and the population ratio applied (numbers as logged). */
  reference: DebutPrediction['reference'];
}

/**
 * Where the served debut model plugs in (predictions/debut-prediction-source.ts). Returns null when it
 * has nothing to say (no related lift logged before `date`), so the first-exposure rules decide.
 */
export interface DebutSource {
  readonly id: string;
  predict(exercise: Exercise, date: string): DebutEstimate | null;
}

/**
 * ASSUMPTION: a lifter's first top set of a new exercise, at their usual reps, is about RPE 8 — what
 * the debut model learned from is "what lifters actually did", which this reads as a working set with
 * two reps in reserve.
 */
export const DEBUT_TOP_SET_RPE = 8;

const fmtKg = (x: number): string => `${Number(x.toFixed(1))} kg`;

/**
 * A first exposure from the debut model: the predicted debut top set as an e1RM (÷ rtsFraction(typical
 * reps, RPE 8)), prescribed at `reps` and RPE 7 like every first exposure (LOAD_GUARD.firstExposureRpe),
 * rounded down to the exercise's step. Null without an estimate (the rules decide then).
 */
export function modelDebutLoad(input: {
  exercise: Exercise;
  date: string;
  reps: number;
  stepKg?: number;
  /** The athlete's unit: the load in the rationale is worded in it (default kg). */
  unit?: WeightUnit;
  debutSource?: DebutSource;
}): { loadKg: number; source: PrescriptionSource; rationale: string } | null {
  const estimate = input.debutSource?.predict(input.exercise, input.date) ?? null;
  if (estimate === null || !Number.isFinite(estimate.kg) || estimate.kg <= 0) return null;
  const step = input.stepKg ?? plateIncrementKg(input.exercise.equipment);
  const e1Rm = estimate.kg / rtsFraction(estimate.typicalReps, DEBUT_TOP_SET_RPE);
  const loadKg = roundLoadKg(e1Rm * rtsFraction(input.reps, LOAD_GUARD.firstExposureRpe), step, 'down');
  if (loadKg <= 0) return null;
  const ref = estimate.reference;
  const perHand = input.exercise.loading === 'per-hand' ? ' per hand' : '';
  return {
    loadKg,
    source: 'gnn',
    rationale:
      `never logged: from your ${ref.name} ${fmtKg(ref.lastTopKg)} × ${ref.lastTopReps} and the ${input.exercise.name} / ${ref.name} ratio ` +
      `of similar lifters (×${ref.ratio.toFixed(2)}, ${ref.poolAthletes} lifters), the debut model expects a first top set of ` +
      `${fmtKg(estimate.kg)} × ${estimate.typicalReps} → ${formatWeight(loadKg, input.unit)}${perHand} × ${input.reps}, work up to RPE ${LOAD_GUARD.firstExposureRpe} and adjust`,
  };
}
