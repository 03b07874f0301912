export { buildServer, type PlannerServerOptions } from './server.js';

// Planning: request → program (pure core, solver, verification, evaluation).
export {
  planRequestSchema, parsePlanRequest, planRequest, EQUIPMENT_VALUES, EQUIPMENT_LIMIT_MAX,
  type PlanRequest, type PlanRequestInput, type Goal, type FieldError, type ParseResult,
} from './problem/plan-request.schema.js';
export type { Program, ProgramWeek, ProgramDay, ProgramPrescription, PrescriptionSource } from './problem/program.types.js';
export type { AthleteContext } from './problem/athlete-context.js';
export { athleteState, type AthleteState } from './problem/athlete-state.js';
export { templateFor, PLANNER_TEMPLATES, type SplitTemplate, type TemplateDay } from './problem/split-templates.js';
export { VOLUME_LANDMARKS, type VolumeLandmark } from './problem/volume-landmarks.js';
export { weeklyTargets, type WeeklyTarget } from './problem/weekly-targets.js';
export { ANCHOR_LIFTS, anchorExercises } from './problem/anchor-lifts.js';
export { generateProgram, generateProgramWith, type GeneratedProgram } from './program/generate-program.js';
export { verifyProgram } from './program/verify-program.js';
export { warmUpPlanner } from './program/warm-up.js';
export { loadSolver, type MipSolver, type MipSolution } from './solver/highs-solver.js';
export { scorePlan, HARD_RULES, SOFT_RULES, ALL_RULES, type PlanScore, type Rule, type Violation } from './rules/index.js';
export { GOAL_SCHEMES, type RepScheme } from './prescriptions/goal-scheme.js';
export { BLOCK_PROGRESSION } from './prescriptions/block-progression.js';
export type { PredictionSource, PredictionInput, Prediction } from './prescriptions/prediction-source.js';
export { runClosedLoopEval, formatEvalTable, MAIN_LIFTS, type ArmSummary, type EvalOptions } from './evaluation/closed-loop-eval.js';

// Service: Neo4j-backed generation, model registry, OpenAPI.
export { createPlanService, AthleteNotFoundError, type PlanService, type PlanServiceDeps, type PlanOutcome } from './service/plan-service.js';
export { openApiDocument, programSchema } from './service/openapi.js';
export { nextPredictions, predictionsResponseSchema, type NextPrediction, type PredictionsResponse } from './service/next-predictions.js';
export { loadModel, type LoadedModel, type LoadModelOptions } from './predictions/load-model.js';
export { pickModel, metricsBeatBaselines, type ModelCandidate, type RegistryRow } from './predictions/model-registry.js';
export { gnnPredictionSource } from './predictions/gnn-prediction-source.js';
export {
  prepareDataset,
  toRealUnits,
  trainModels,
  MODEL_NAMES,
  evaluateGraph,
  evaluateLogs,
  rollingOriginWindows,
  learningGraphFromLogs,
  modelMetrics,
  summarizeRuns,
  loadPredictor,
  saveArtifact,
  PREDICTOR_SCHEMA,
  explainModel,
  latestOfMainExercises,
} from './learning/index.js';
export type {
  Dataset,
  ModelName,
  TrainedModel,
  TrainOptions,
  EvalResult,
  EvalRun,
  EvaluateOptions,
  GraphOptions,
  ModelMetrics,
  EvaluatedName,
  Predictor,
  PredictorMetadata,
  SaveArtifactInput,
  ExplainOptions,
  ExplainedReason,
  ModelExplanation,
  PredictionExplanation,
  TargetImportance,
} from './learning/index.js';
