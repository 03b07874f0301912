import { equipmentAvailable } from './hard/equipment-available.rule.js';
import { excludedExercises } from './hard/excluded-exercises.rule.js';
import { deloadReducesDemand } from './hard/deload-reduces-demand.rule.js';
import { excludedMuscles } from './hard/excluded-muscles.rule.js';
import { loadWithinCapacity } from './hard/load-within-capacity.rule.js';
import { maxSessionSetsPerMuscle } from './hard/max-session-sets-per-muscle.rule.js';
import { maxWeeklySetsPerMuscle } from './hard/max-weekly-sets-per-muscle.rule.js';
import { recoverySpacing } from './hard/recovery-spacing.rule.js';
import { sessionTimeCap } from './hard/session-time-cap.rule.js';
import type { PlanningContext, Rule, Score, Violation } from './rule.js';
import { compoundBeforeIsolation } from './soft/compound-before-isolation.rule.js';
import { compoundPerDay } from './soft/compound-per-day.rule.js';
import { fatigueSpacing } from './soft/fatigue-spacing.rule.js';
import { muscleFrequency } from './soft/muscle-frequency.rule.js';
import { preferKnownExercises } from './soft/prefer-known-exercises.rule.js';
import { prioritiesFirst } from './soft/priorities-first.rule.js';
import { redundantExercises } from './soft/redundant-exercises.rule.js';
import { volumeTargetShortfall } from './soft/volume-target-shortfall.rule.js';
import type { Program } from '@liftgraph/domain/program';
import { COACH_RULES } from './coach/index.js';

export const HARD_RULES: readonly Rule[] = [
  recoverySpacing,
  sessionTimeCap,
  equipmentAvailable,
  excludedExercises,
  excludedMuscles,
  maxWeeklySetsPerMuscle,
  maxSessionSetsPerMuscle,
  loadWithinCapacity,
  deloadReducesDemand,
  ...COACH_RULES,
];
export const SOFT_RULES: readonly Rule[] = [
  volumeTargetShortfall,
  redundantExercises,
  compoundPerDay,
  compoundBeforeIsolation,
  prioritiesFirst,
  preferKnownExercises,
  fatigueSpacing,
  muscleFrequency,
];
export const ALL_RULES: readonly Rule[] = [...HARD_RULES, ...SOFT_RULES];

export interface PlanScore extends Score {
  violations: Violation[];
}

/** Evaluates every rule: hard = Σ hard violation weights (must be 0), soft = Σ weight × rule penalty. */
export function scorePlan(plan: Program, ctx: PlanningContext, rules: readonly Rule[] = ALL_RULES): PlanScore {
  let hard = 0;
  let soft = 0;
  const violations: Violation[] = [];
  for (const rule of rules) {
    for (const v of rule.evaluate(plan, ctx)) {
      violations.push(v);
      if (rule.severity === 'hard') hard += v.weight;
      else soft += v.weight * rule.penalty;
    }
  }
  return { hard: Math.round(hard * 1000) / 1000, soft: Math.round(soft * 1000) / 1000, violations };
}

export type { PlanningContext, Rule, Score, Severity, Violation } from './rule.js';
export { verifyRule } from './verify-rule.js';
export { COACH_RULES } from './coach/index.js';
