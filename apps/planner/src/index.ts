export { buildServer, type PlannerServerOptions } from './server.js';

// Planning: request → program (pure core, solver, verification, evaluation). The request, its bounds and the
// program are the domain's contract (@liftgraph/domain/program).
export type { AthleteContext } from './problem/athlete-context.js';
export { athleteState, type AthleteState } from './problem/athlete-state.js';
export { templateFor, PLANNER_TEMPLATES, type SplitTemplate, type TemplateDay } from './problem/split-templates.js';
export { weeklyTargets, type WeeklyTarget } from './problem/weekly-targets.js';
export { ANCHOR_LIFTS, anchorExercises } from './problem/anchor-lifts.js';
export { generateProgram, generateProgramWith, type GeneratedProgram } from './program/generate-program.js';
export { verifyProgram } from './program/verify-program.js';
export { PlanRefusal, type RefusalCause } from './program/plan-refusal.js';
export { warmUpPlanner } from './program/warm-up.js';
export { loadSolver, type MipSolver, type MipSolution } from './solver/highs-solver.js';
export { scorePlan, HARD_RULES, SOFT_RULES, ALL_RULES, type PlanScore, type Rule, type Violation } from './rules/index.js';
export { GOAL_SCHEMES, type RepScheme } from './prescriptions/goal-scheme.js';
export { BLOCK_PROGRESSION } from './prescriptions/block-progression.js';
export type { PredictionSource, PredictionInput, Prediction } from './prescriptions/prediction-source.js';
export { runClosedLoopEval, formatEvalTable, MAIN_LIFTS, type ArmSummary, type EvalOptions } from './evaluation/closed-loop-eval.js';

// Service: Neo4j-backed generation, predictions, OpenAPI (models and their registry: @liftgraph/learning).
export {
  createPlanService,
  AthleteNotFoundError,
  fixedModel,
  type PlannerModel,
  type PlanService,
  type PlanServiceDeps,
  type PlanOutcome,
} from './service/plan-service.js';
export { openApiDocument } from './service/openapi.js';
export { nextPredictions, predictionsResponseSchema, type NextPrediction, type PredictionsResponse } from './service/next-predictions.js';
export { gnnPredictionSource } from './predictions/gnn-prediction-source.js';
export { firstExposureLoad, type TransferInput } from './prescriptions/transfer-load.js';
export { strengthRatio, rtsFraction, priorRatio } from './prescriptions/strength-ratios.js';
export { LOAD_GUARD } from './prescriptions/load-guard.js';
