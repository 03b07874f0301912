/**
 * `@liftgraph/domain/log`: reading Strong / Hevy / FitNotes exports into one workout log, and the log's
 * types. The header detection alone (browser-safe, no csv-parse) is `@liftgraph/domain/log-header`.
 */
export { importWorkoutLog } from './import-workout-log.js';
export type { ImportOptions } from './import-options.js';
export type { LogInput } from './text-chunks.js';
export { summarizeLog, type LogSummary } from './summarize-log.js';
export { detectLogFormat, type ImportFormat } from './detect-log-format.js';
export type { LogFormat, SetType, UnitSource, LoggedSet, LoggedPerformance, LoggedSession, WorkoutLog } from './workout-log.js';
export { LogParseError, DomainError, type ParseLocation } from '../errors.js';
