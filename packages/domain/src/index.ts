// The public surface of @liftgraph/domain: curated, no `export *` from internals.
export { DomainError, LogParseError, assertNever, type DomainErrorCode, type ParseLocation } from './errors.js';
export {
  KG_PER_LB,
  kg,
  lbs,
  seconds,
  toKilograms,
  fromKilograms,
  type Kilograms,
  type Pounds,
  type Seconds,
  type WeightUnit,
} from './units.js';
export {
  MUSCLE_GROUP_IDS,
  EQUIPMENT_IDS,
  MOVEMENT_PATTERN_IDS,
  type MuscleGroupId,
  type MuscleGroup,
  type BodyRegion,
  type MovementPatternId,
  type Mechanic,
  type Force,
  type Level,
  type Equipment,
  type ExerciseCategory,
  type LoadingKind,
  type MuscleTarget,
  type Exercise,
} from './exercise/exercise.js';
export { MUSCLE_GROUPS, muscleGroupById, isMuscleGroupId } from './exercise/muscle-group.js';
export { MOVEMENT_PATTERNS, movementPatternById, type MovementPattern, type PatternFamily } from './exercise/movement-pattern.js';
export { strengthRatio, priorRatio } from './exercise/strength-ratio.js';

// Exercise catalog
export { LIFTGRAPH_CATALOG, STUDY_EXERCISE_IDS } from './catalog/liftgraph-catalog.js';
export {
  createExerciseMatcher,
  CONFIDENT_MATCH,
  type ExerciseMatcher,
  type ExerciseMatch,
  type MatchMethod,
  type MatchCandidate,
} from './catalog/exercise-matcher.js';
export { customExerciseId, customExerciseFor, resolveExerciseNames, type NameResolution } from './catalog/custom-exercise.js';
export { nameMappingKey, withNameMappings, type NameMapping } from './catalog/name-mappings.js';
export { nameReport, type NameReportRow } from './catalog/name-report.js';
export {
  similarity,
  topSimilar,
  sharedMuscles,
  muscleVector,
  SIMILARITY_WEIGHTS,
  type Similarity,
  type SimilarityEdge,
  type SharedMuscle,
} from './catalog/similarity.js';
export { TRANSFERS_TO, transfersFrom, type TransferEdge } from './catalog/transfers-to.js';
export {
  importFreeExerciseDb,
  freeExerciseDbId,
  importedTargets,
  mergeFreeExerciseDb,
  IMPORTED_PRIMARY_SHARE,
  type ImportedExercise,
} from './catalog/free-exercise-db-import.js';
export { mergeCatalog, type MergeResult, type MergeDecision } from './catalog/merge-catalog.js';
export {
  validateCatalog,
  assertValidCatalog,
  nameKeyCollisions,
  SHARE_SUM_TOLERANCE,
  type CatalogIssue,
} from './catalog/validate-catalog.js';
export { normalizeExerciseName, type NormalizedName, type EquipmentToken } from './catalog/normalize-exercise-name.js';
export { inferPattern, type PatternClues } from './catalog/infer-pattern.js';
export { defaultLoading, SINGLE_IMPLEMENT_NAME, TWO_IMPLEMENT_NAME, type LoadingClues } from './catalog/default-loading.js';
export {
  inferDumbbellRecording,
  PER_HAND_MAX_RATIO,
  TOTAL_MIN_RATIO,
  DUMBBELL_BARBELL_PAIRS,
  type DumbbellRecording,
  type DumbbellPair,
} from './catalog/infer-dumbbell-recording.js';

// Workout logs
export { importWorkoutLog } from './log/import-workout-log.js';
export type { ImportOptions } from './log/import-options.js';
export type { LogInput } from './log/text-chunks.js';
export { detectLogFormat, EXPECTED_HEADERS } from './log/detect-log-format.js';
export type { ImportFormat } from './log/detect-log-format.js';
export { summarizeLog } from './log/summarize-log.js';
export type { LogSummary } from './log/summarize-log.js';
export { inferWeightUnit, inferUnitWithEvidence, type UnitInference } from './log/infer-weight-unit.js';
export { repairWarning, FieldCountError } from './log/repair-field-count.js';
export { parseDuration } from './log/parse-duration.js';
export { parseLogDateTime } from './log/parse-log-date-time.js';
export type { LogDateTime } from './log/parse-log-date-time.js';
export { MAX_WEIGHT_KG } from './log/row-reader.js';
export type { LogFormat, SetType, UnitSource, LoggedSet, LoggedPerformance, LoggedSession, WorkoutLog } from './log/workout-log.js';

// Data export: the training log as Strong CSV and JSON, a program as iCalendar
export {
  writeStrongCsv,
  writeLogJson,
  parseLogJson,
  logJsonSchema,
  LOG_JSON_FORMAT,
  LOG_JSON_VERSION,
  writeProgramIcs,
  programDayUid,
  type LogJson,
  type ExportPerformance,
  type ProgramIcsOptions,
} from './export/index.js';

// Sports science
export { median } from './science/median.js';
export { detectPersonalRecords, type PersonalRecord, type PreviousBest } from './science/personal-records.js';
export {
  doneWorkingSets,
  isDoneWorkingSet,
  type DoneSet,
  type LoggedWorkoutSession,
  type LoggedWorkoutExercise,
  type LoggedWorkoutSet,
} from './science/logged-workout.js';
export { SCIENCE_CHOICES, type ScienceChoices } from './science/science-choices.js';
export {
  ONE_REP_MAX_FORMULAS,
  ONE_REP_MAX_FORMULA_IDS,
  epley,
  brzycki,
  lombardi,
  mayhew,
  oconner,
  wathan,
  type OneRepMaxFormulaId,
  type OneRepMaxEquation,
} from './science/one-rep-max-formulas.js';
export { RPE_PERCENT_SEQUENCE, RPE_MIN, RPE_MAX, percentOfOneRepMax, rpeFromRir, rirFromRpe } from './science/rpe-table.js';
export { estimateOneRepMax, type EstimateFormula, type EstimateOneRepMaxOptions } from './science/estimate-one-rep-max.js';
export { relativeIntensity } from './science/relative-intensity.js';
export { volumeLoadKg, type VolumeSet } from './science/volume-load.js';
export { sessionRpeLoad, MAX_SESSION_MIN } from './science/session-rpe-load.js';
export { estimateSetEffort, type SetEffortEstimate } from './science/set-effort-proxy.js';
export { toDailyLoads, type DatedLoad, type DailyLoadRange } from './science/daily-loads.js';
export { estimateSessionLoads, type LoadSession, type LoadSet, type SessionLoadEstimate } from './science/session-loads.js';
export { dailyLoadSeries, type DailyLoadMetric, type DailyLoadSeriesOptions } from './science/daily-load-series.js';
export { monotony } from './science/monotony.js';
export { weeklyLoad, strain } from './science/strain.js';
export { rollingAcwr, type RollingAcwrMode } from './science/rolling-acwr.js';
export { ewmaAcwr, ewmaLambda, type EwmaAcwrOptions, type EwmaAcwrPoint } from './science/ewma-acwr.js';
export { acwrAsOf, ACWR_WINDOW_DAYS } from './science/acwr-as-of.js';
export { isTimeZone, localDate, todayFor } from './science/today.js';
export { banister, BANISTER_DEFAULTS, type BanisterParams, type BanisterPoint } from './science/banister.js';
export { isHardSet, weeklyHardSetsPerMuscle, type HardSetCandidate, type MuscleSetEntry } from './science/hard-sets.js';
export {
  addDays,
  daysBetween,
  isoWeekday,
  weekStartOf,
  mondayOnOrAfter,
  hoursBetweenWeekdays,
  weekdaysHoursApart,
} from './science/calendar-day.js';
export {
  VOLUME_LANDMARKS,
  MAX_SETS_PER_MUSCLE_PER_SESSION,
  MIN_RECOVERY_HOURS,
  volumeLandmarkOf,
  volumeZone,
  type VolumeLandmark,
  type VolumeZone,
} from './science/volume-landmarks.js';

// Capacity: what an athlete has shown on an exercise (e1RM with uncertainty), and the e1RM a prescription implies
export {
  estimateCapacity,
  transferredCapacity,
  detrainingFactor,
  countedRir,
  CAPACITY_RULES,
  type Capacity,
  type CapacitySet,
} from './capacity/estimate-capacity.js';
export { capacityTrend, type CapacityTrendPoint } from './capacity/capacity-trend.js';
export { impliedE1RmKg, loadForE1RmKg, rirOfRpe } from './capacity/implied-e1rm.js';
export { LOAD_GUARD, prescriptionE1RmKg, guardLimitKg } from './capacity/load-guard.js';

// Progressive overload
export { applyOverload, DEFAULT_OVERLOAD_RULES, type OverloadResult } from './overload/apply-overload.js';
export { OVERLOAD_DEFAULTS, type OverloadParams } from './overload/overload-defaults.js';
export { roundLoadKg, plateIncrementKg, KG_PLATES, PLATE_STEPS, type PlateSet, type RoundingMode } from './overload/round-load.js';
export { applyGuardrails, type GuardedDecision } from './overload/guardrails.js';
export { fatigueStudyRule } from './overload/fatigue-study-rule.js';
export { doubleProgressionRule } from './overload/double-progression-rule.js';
export { linearProgressionRule } from './overload/linear-progression-rule.js';
export { rpeTargetRule } from './overload/rpe-target-rule.js';
export { scheduledDeloadRule, stallDeloadRule, deloadDecision } from './overload/deload-rules.js';
export {
  autoregulate,
  type AutoregulateInput,
  type AutoregulateResult,
  type AutoregulationChange,
  type AutoregulationVerdict,
  type PrescriptionNumbers,
} from './overload/autoregulate.js';
export { readLoggedExercise, shortDate, type LoggedVerdict, type Verdict, type PrescribedWork } from './overload/logged-verdict.js';
export type {
  OverloadAction,
  OverloadDecision,
  OverloadContext,
  OverloadHistory,
  OverloadRule,
  ExerciseSession,
  PerformedSet,
  Prescription,
} from './overload/overload-types.js';

// Athlete simulator
export { SeededRng } from './simulator/seeded-rng.js';
export { SIMULATOR_DEFAULTS, type SimulatorParams } from './simulator/simulator-defaults.js';
export { createAthlete, cloneAthlete, trueOneRepMaxKg, type AthleteParams, type SimAthlete, type Sex } from './simulator/sim-athlete.js';
export { simulateSession, type SimulatedSession } from './simulator/simulate-session.js';
export type { SessionOutcome } from './simulator/perform-session.js';
export { runSimulation, type RunSimulationOptions, type SimulationResult, type AcwrWeek } from './simulator/run-simulation.js';
export type {
  ExercisePrescription,
  PlannedSession,
  ExercisePlan,
  SessionTemplate,
  WeeklySchedule,
  Prescriber,
  PrescriberContext,
} from './simulator/prescription-types.js';
export { createProgressionPrescriber, type ProgressionKind } from './simulator/progression-prescriber.js';
export { overreachProbability, type OverreachEvent } from './simulator/overreach-risk.js';
export { repsToFailure, loadFractionFor } from './simulator/reps-at-load.js';
export { simulateSet, type SetOutcome } from './simulator/simulate-set.js';
export { SPLIT_TEMPLATES, SPLIT_FOR_DAYS, type SplitId } from './simulator/split-templates.js';
export {
  simulateStudyScenario,
  STUDY_SCHEDULE,
  STUDY_WEEKS,
  STUDY_ATHLETE,
  type StudyScenarioOptions,
} from './simulator/study-scenario.js';
export { generatePopulation, iteratePopulation, type PopulationOptions, type SimulatedAthlete } from './simulator/generate-population.js';

// Learning graph (features, edges, targets and baselines for the GNN; see learning/)
export {
  buildLearningGraph,
  timelineCutoff,
  LEARNING_FEATURES,
  LEARNING_FEATURE_NAMES,
  LEARNING_TARGETS,
  LOAD_METRIC_FEATURES,
  EDGE_TYPES,
  featureIndex,
  performanceFacts,
  topSet,
  dailyMetrics,
  rulePrediction,
  DEFAULT_REST_SEC,
  type LearningGraph,
  type LearningGraphOptions,
  type LearningNode,
  type EdgeType,
  type AthleteLog,
  type ExerciseResolver,
  type PerformanceFacts,
  type DayMetrics,
} from './learning/index.js';

// The program contract (what the planner generates, Neo4j stores, GraphQL and the portal show) and the plan request
export {
  programSchema,
  PRESCRIPTION_SOURCES,
  planRequestSchema,
  parsePlanRequest,
  planRequest,
  describeFieldErrors,
  EQUIPMENT_VALUES,
  EQUIPMENT_LIMIT_MAX,
  PLAN_REQUEST_BOUNDS,
  formatLoad,
  formatWeight,
  weightIn,
  prescribedWeightIn,
  UNIT_LABEL,
  warmUpSets,
  plateBreakdown,
  WARM_UP_RULES,
  type WarmUpSet,
  type WarmUpInput,
  type PlateBreakdown,
  type PlateCount,
  type Program,
  type ProgramWeek,
  type ProgramDay,
  type ProgramPrescription,
  type PrescriptionSource,
  type PlanRequest,
  type PlanRequestInput,
  type Goal,
  type FieldError,
} from './program/index.js';
