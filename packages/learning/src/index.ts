// The public surface of @liftgraph/learning: dataset building, training, evaluation, explanations,
// model artifacts and the model registry. Curated: no `export *` from internals.

// Dataset: a learning graph made ready for the models (standardized, residual targets).
export { prepareDataset, toRealUnits, type Dataset, type DatasetOptions } from './dataset.js';

// Training and evaluation against "repeat last time" and the rule baseline.
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
  type TargetMetrics,
  type EvaluatedName,
} from './evaluate.js';
export { formatEvalTable } from './format-eval-table.js';

// Artifacts (model.json + weights.bin with the predictor metadata) and training runs that save them.
export {
  loadPredictor,
  saveArtifact,
  PREDICTOR_SCHEMA,
  type Predictor,
  type PredictorMetadata,
  type SaveArtifactInput,
} from './model-artifact.js';
export {
  trainAndSave,
  GLOBAL_SHAP_SAMPLE,
  type TrainAndSaveOptions,
  type TrainAndSaveOutcome,
  type SavedArtifact,
} from './train-and-save.js';
export { trainingSummary, trainingProgressLine, savedArtifactLine, recordedVersionLine } from './train-summary.js';
export { compactStamp, sourceSlug, trainingRunId } from './run-id.js';

// The training job on the Neo4j graph (export → train → save → ModelVersion).
export {
  trainFromNeo4j,
  learningGraphFromNeo4j,
  recordModelVersions,
  beatsBaselines,
  NothingToTrainError,
  type TrainFromNeo4jOptions,
  type TrainFromNeo4jOutcome,
  type Neo4jLearningGraph,
  type Neo4jGraphOptions,
  type RecordVersionsInput,
} from './neo4j/train-from-neo4j.js';

// The model registry: which saved model serves (newest that beat the baselines), or none.
export {
  chooseModel,
  loadChoice,
  loadModel,
  type LoadedModel,
  type LoadModelOptions,
  type ExplainerModel,
  type ModelChoice,
  type ModelVerdict,
} from './registry/load-model.js';
export { ServedModel, type ServedModelOptions } from './registry/served-model.js';
export {
  pickModel,
  metricsBeatBaselines,
  registryCandidates,
  scanModelsDir,
  type ModelCandidate,
  type RegistryRow,
} from './registry/model-registry.js';

// KernelSHAP explanations of a trained GNN on its dataset.
export {
  explainModel,
  globalShapOf,
  latestOfMainExercises,
  type GlobalShap,
  type ExplainOptions,
  type ExplainedReason,
  type ModelExplanation,
  type PredictionExplanation,
  type TargetImportance,
} from './explain-model.js';

// The tfjs backend of the baselines (MLP/LSTM); the GNN engine runs its own WASM kernels whatever it is.
export { selectBackend, type BackendChoice } from '@liftgraph/gnn';

// Debuts: loads for exercises the athlete has never logged (the `debut` task of `gnn eval`).
export { debutQueries, findDebuts, firstThirdEnd, type DebutQuery, type ExerciseRecord, type NameResolver } from './debut/debut-queries.js';
export { PopulationRatios, type PriorRatio, type StrengthRatio } from './debut/population-ratios.js';
export { nameNearestKg, similarRatio, mostRelated, relatedness } from './debut/debut-baselines.js';
export { buildDebutGraph, DEBUT_FEATURES, DEBUT_RELATIONS, type DebutGraph } from './debut/debut-graph.js';
export {
  trainDebutModels,
  DEBUT_MODEL_NAMES,
  type DebutModelName,
  type DebutModelRun,
  type DebutTrainOptions,
} from './debut/debut-models.js';
export {
  evaluateDebuts,
  scoreDebuts,
  DEBUT_BASELINE_NAMES,
  type DebutEvaluation,
  type DebutMethod,
  type DebutRow,
  type DebutScore,
  type EvaluateDebutsInput,
} from './debut/evaluate-debuts.js';
export { pooledLearningGraph, populationLearningGraph, type OwnHistory } from './pool/pooled-graph.js';
export {
  DebutPredictor,
  DEBUT_MODEL_SCHEMA,
  MAX_ABS_LOG_RATIO,
  type DebutModelJson,
  type DebutPrediction,
  type DebutFitOptions,
} from './debut/debut-predictor.js';
export { type PopulationRatiosJson } from './debut/population-ratios.js';
export {
  trainDebutModel,
  latestServableDebutModel,
  DEBUT_MODEL_FILE,
  type DebutModelEvaluation,
  type SavedDebutModel,
  type TrainDebutModelInput,
} from './debut/train-debut-model.js';
export { debutValidationSplit } from './debut/debut-models.js';
