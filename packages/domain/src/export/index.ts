/** Data that can leave: the training log as Strong CSV and as JSON, a program as iCalendar. Pure writers. */
export { writeStrongCsv, strongDuration, STRONG_EXPORT_COLUMNS, STRONG_REST_ROW } from './strong-csv.js';
export {
  writeLogJson,
  parseLogJson,
  logJsonSchema,
  LOG_JSON_FORMAT,
  LOG_JSON_VERSION,
  type LogJson,
  type LogJsonOptions,
  type ExportPerformance,
} from './log-json.js';
export { writeProgramIcs, programDayUid, prescriptionLine, icsText, foldLine, type ProgramIcsOptions } from './program-ics.js';
