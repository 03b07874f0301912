export {
  buildLearningGraph,
  timelineCutoff,
  type LearningGraph,
  type LearningGraphOptions,
  type LearningNode,
} from './build-learning-graph.js';
export {
  LEARNING_FEATURES,
  LEARNING_FEATURE_NAMES,
  LEARNING_TARGETS,
  LOAD_METRIC_FEATURES,
  EDGE_TYPES,
  featureIndex,
  type EdgeType,
} from './learning-features.js';
export { performanceFacts, topSet, type AthleteLog, type ExerciseResolver, type PerformanceFacts } from './performance-facts.js';
export { dailyMetrics, type DayMetrics } from './daily-metrics.js';
export { rulePrediction, DEFAULT_REST_SEC } from './rule-prediction.js';
