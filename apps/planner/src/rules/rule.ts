import type { Capacity, Exercise, Level, MuscleGroupId } from '@liftgraph/domain';
import type { PlanRequest, Program } from '@liftgraph/domain/program';
import type { WeeklyTarget } from '../problem/weekly-targets.js';

export type Severity = 'hard' | 'soft';

export interface Violation {
  ruleId: string;
  /** How much the rule is broken (sets over, minutes over, pairs...); the score adds weight × rule weight. */
  weight: number;
  detail: string;
}

/** Everything a rule may read besides the plan. Predictions never enter here: rules stay pure. */
export interface PlanningContext {
  request: PlanRequest;
  exercise(id: string): Exercise | undefined;
  targets: Readonly<Record<MuscleGroupId, WeeklyTarget>>;
  /** Max weighted sets per muscle in one session. */
  maxSessionSetsPerMuscle: number;
  minRecoveryHours: number;
  /** Exercise ids the athlete has logged. */
  knownExercises: ReadonlySet<string>;
  /** The athlete's capacity estimate per exercise as of the block's start (null: none). */
  capacity(exerciseId: string): Capacity | null;
  /** The exercises the request allows (equipment and exclusions applied): what pattern coverage can ask for. */
  allowed: readonly Exercise[];
  /** The athlete's training level (plausible reps depend on it). */
  level: Level;
}

/** A constraint as data, modelled like Timefold constraints: id, severity, pure evaluation. */
export interface Rule {
  /** kebab-case; doubles as the human-readable name and as the LP row-name prefix. */
  readonly id: string;
  readonly severity: Severity;
  /** Multiplies violation weights in the soft score (hard rules: 1). */
  readonly penalty: number;
  readonly description: string;
  evaluate(plan: Program, ctx: PlanningContext): Violation[];
}

/** Compared hard first, like HardSoftScore: a plan with hard > 0 is infeasible whatever its soft score. */
export interface Score {
  hard: number;
  soft: number;
}
