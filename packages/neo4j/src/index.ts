// The public surface of @liftgraph/neo4j: curated, no `export *` from internals.
export { Neo4jStoreError, storeErrorCode, type Neo4jStoreErrorCode } from './errors.js';
export { createGraphDb, withCausalChain, type GraphDb, type Neo4jConfig } from './graph-db.js';
export { neo4jEnvSchema, neo4jEnv, neo4jConfig, type Neo4jEnv } from './env.js';
export { CausalChain } from './causal-chain.js';
export { readTx, writeTx, reachBookmarks, APP_METADATA } from './tx.js';
export { toNumber, toNullableNumber, toNeo4jInt } from './integer.mapper.js';
export { migrate, type MigrateResult } from './migrate/migrate.js';
export { loadMigrations, MIGRATIONS_DIR, type Migration } from './migrate/migration-files.js';
export { seedCatalog, type SeedResult } from './catalog/catalog-seed.repository.js';
export {
  importLog,
  storedImportCounts,
  fileSha256,
  type ImportLogInput,
  type ImportLogOptions,
  type ImportLogResult,
} from './ingest/log-import.repository.js';
export { existingExerciseIds, previewNames, rememberedNames, type NamesScope } from './ingest/import-names.repository.js';
export { dbStats, type DbStats } from './stats/db-stats.repository.js';
export { ExerciseRepository, type ExerciseNeighbour, type SharedMuscleRow, type TransferPath } from './exercise/exercise.repository.js';
export type { ExerciseSummary, RankedExercise } from './exercise/exercise.mapper.js';
export { AthleteRepository, type AthleteInput, type NewAthlete, type SessionPage, type DateRange } from './athlete/athlete.repository.js';
export type { SessionSummary } from './athlete/athlete.mapper.js';
export {
  weeklyLoadSeries,
  weeklyHardSets,
  e1rmTrend,
  type WeeklyLoadPoint,
  type E1rmTrendPoint,
  type E1rmPerformance,
} from './athlete/training-metrics.js';
export { ProgramRepository, type PrescriptionKey, type PrescriptionPatch } from './program/program.repository.js';
export { PROGRAM_STATUSES, dayKey, type StoredProgram, type ProgramMeta, type ProgramStatus } from './program/program.mapper.js';
export { exportSubgraph, exportableAthleteIds, type ExportSubgraphOptions, type SubgraphExport } from './export/export-subgraph.js';
export type { ExportedGraphData, ExportedCsrAdjacency } from './export/graph-data.js';
export {
  UserRepository,
  DEFAULT_PREFERENCES,
  WEIGHT_UNITS,
  type UserRecord,
  type UserInput,
  type UserRole,
  type UserPreferences,
  type MembershipRole,
} from './user/user.repository.js';
export {
  OrganisationRepository,
  type OrganisationRecord,
  type NewCoachAccount,
  type CoachAccountOutcome,
} from './team/organisation.repository.js';
export {
  InviteRepository,
  inviteStatus,
  type InviteRecord,
  type InviteStatus,
  type NewInvite,
  type InvitePreviewRecord,
  type NewAthleteLogin,
  type AcceptOutcome,
} from './team/invite.repository.js';
export { PasswordResetRepository, type NewPasswordReset } from './team/password-reset.repository.js';
export { RefreshTokenRepository, type NewRefreshToken, type RotateOutcome } from './team/refresh-token.repository.js';
export {
  RosterRepository,
  type AthleteProfile,
  type ActiveProgram,
  type StatusInputs,
  type RosterScope,
  type RosterEntry,
} from './roster/roster.repository.js';
export {
  ExerciseBatchRepository,
  type ExerciseTarget,
  type MuscleGroupRow,
  type ExerciseSearch,
  type ExerciseUsageRow,
  type PopulationSummary,
} from './exercise/exercise-batch.repository.js';
export {
  logWorkout,
  updateWorkout,
  deleteWorkout,
  sessionDetails,
  type WorkoutInput,
  type WorkoutSetInput,
  type LoggedWorkout,
  type SessionDetail,
} from './workout/workout-log.repository.js';
export { ModelVersionRepository, type ModelVersionInput } from './model/model-version.repository.js';
export type { ModelVersion } from './model/model-version.mapper.js';
export { AthleteHistoryRepository, type AthleteHistory } from './athlete/athlete-history.repository.js';
