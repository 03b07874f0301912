export { prepareDataset, toRealUnits, type Dataset, type DatasetOptions } from './dataset.js';
export { trainModels, MODEL_NAMES, type ModelName, type TrainedModel, type TrainOptions } from './train-models.js';
export {
  evaluateGraph,
  evaluateLogs,
  learningGraphFromLogs,
  modelMetrics,
  rollingOriginWindows,
  summarizeRuns,
  type EvalResult,
  type EvalRun,
  type EvaluateOptions,
  type GraphOptions,
  type ModelMetrics,
  type EvaluatedName,
} from './evaluate.js';
export { loadPredictor, saveArtifact, PREDICTOR_SCHEMA, type Predictor, type PredictorMetadata, type SaveArtifactInput } from './model-artifact.js';
export { explainModel, latestOfMainExercises, type ExplainOptions, type ExplainedReason, type ModelExplanation, type PredictionExplanation, type TargetImportance } from './explain-model.js';
