export { prepareDataset, toRealUnits, type Dataset, type DatasetOptions } from './dataset.js';
export { trainModels, MODEL_NAMES, type ModelName, type TrainedModel, type TrainOptions } from './train-models.js';
export { evaluateLogs, summarizeRuns, type EvalResult, type EvalRun, type EvaluateOptions, type ModelMetrics, type EvaluatedName } from './evaluate.js';
