/** `@liftgraph/domain/overload`: progressive-overload rules, their guardrails and load rounding. */
export { applyOverload, DEFAULT_OVERLOAD_RULES, type OverloadResult } from './apply-overload.js';
export { OVERLOAD_DEFAULTS, type OverloadParams } from './overload-defaults.js';
export { roundLoadKg, plateIncrementKg, KG_PLATES, PLATE_STEPS, type PlateSet, type RoundingMode } from './round-load.js';
export { applyGuardrails, type GuardedDecision } from './guardrails.js';
export { linearProgressionRule } from './linear-progression-rule.js';
export { rpeTargetRule } from './rpe-target-rule.js';
export type { OverloadDecision, OverloadContext, OverloadHistory, OverloadRule, ExerciseSession, PerformedSet } from './overload-types.js';
export {
  autoregulate,
  type AutoregulateInput,
  type AutoregulateResult,
  type AutoregulationChange,
  type AutoregulationVerdict,
  type PrescriptionNumbers,
} from './autoregulate.js';
export { readLoggedExercise, shortDate, type LoggedVerdict, type Verdict, type PrescribedWork } from './logged-verdict.js';
export { detectPersonalRecords, type PersonalRecord, type PreviousBest } from '../science/personal-records.js';
export type { LoggedWorkoutSession, LoggedWorkoutExercise, LoggedWorkoutSet } from '../science/logged-workout.js';
