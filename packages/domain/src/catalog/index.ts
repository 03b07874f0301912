/** `@liftgraph/domain/catalog`: the exercise vocabulary (muscles, patterns, equipment), the catalog and name matching. */
export {
  MUSCLE_GROUP_IDS,
  type MuscleGroupId,
  type MovementPatternId,
  type Level,
  type Equipment,
  type Exercise,
  type MuscleTarget,
  type LoadingKind,
} from '../exercise/exercise.js';
export { MUSCLE_GROUPS, isMuscleGroupId } from '../exercise/muscle-group.js';
export { MOVEMENT_PATTERNS } from '../exercise/movement-pattern.js';
export { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
export { createExerciseMatcher, CONFIDENT_MATCH, type ExerciseMatcher, type ExerciseMatch } from './exercise-matcher.js';
export { nameMappingKey, withNameMappings, type NameMapping } from './name-mappings.js';
export { nameReport, type NameReportRow } from './name-report.js';
export { resolveExerciseNames, type NameResolution } from './custom-exercise.js';
export { similarity, topSimilar, type Similarity, type SimilarityEdge } from './similarity.js';
export { TRANSFERS_TO, type TransferEdge } from './transfers-to.js';
export { inferDumbbellRecording, type DumbbellRecording } from './infer-dumbbell-recording.js';
