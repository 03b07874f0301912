export { buildServer, type PlannerServerOptions } from './server.js';
export { prepareDataset, toRealUnits, trainModels, MODEL_NAMES, evaluateLogs, summarizeRuns } from './learning/index.js';
export type { Dataset, ModelName, TrainedModel, EvalResult, EvalRun, EvaluateOptions, ModelMetrics, EvaluatedName } from './learning/index.js';
