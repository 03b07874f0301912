/**
 * # Reading a workout-log header, without Node
 *
 * What a browser needs to preview an export the way the importers will read it: which app exported
 * it (`detectLogFormat`), which delimiter it uses and which column holds the exercise name, by the
 * importers' own column aliases (Strong's in every language it exports in, Hevy's, FitNotes').
 * Pure and free of csv-parse and Node built-ins: exported as `@liftgraph/domain/log-header` for the
 * portal's import preview (the package's main entry also pulls in the streaming importers).
 *
 * @module
 */
import { FITNOTES_COLUMNS } from './fitnotes-columns.js';
import { HEVY_COLUMNS } from './hevy-columns.js';
import type { ImportFormat } from './detect-log-format.js';
import { foldHeaderText, splitHeader } from './resolve-columns.js';
import { STRONG_COLUMNS, STRONG_COMMON_ORDER, hasStrongCommonShape } from './strong-columns.js';

export { detectLogFormat, EXPECTED_HEADERS, type ImportFormat } from './detect-log-format.js';
export { foldHeaderText } from './resolve-columns.js';
export { STRONG_COLUMNS } from './strong-columns.js';
export { HEVY_COLUMNS } from './hevy-columns.js';
export { FITNOTES_COLUMNS } from './fitnotes-columns.js';
export { csvRecords } from './csv-records.js';

/** The delimiters exports use: comma, semicolon (Strong's `;` export) and tab. */
export const LOG_DELIMITERS = [',', ';', '\t'] as const;
export type LogDelimiter = (typeof LOG_DELIMITERS)[number];

/** The delimiter that occurs most often outside quotes in the header line (`,` on a tie). */
export function detectDelimiter(headerLine: string): LogDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: LogDelimiter = ',';
  for (const d of LOG_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Per format, the accepted names of the exercise-name column (the importers' aliases). */
export const EXERCISE_NAME_COLUMN: Readonly<Record<ImportFormat, readonly string[]>> = {
  strong: STRONG_COLUMNS.exerciseName,
  hevy: HEVY_COLUMNS.exerciseTitle,
  fitnotes: FITNOTES_COLUMNS.exercise,
};

/**
 * 0-based index of the exercise-name column of a header in `format`, matched like the importers
 * match (folded: case, accents, apostrophes and a `(unit)` suffix ignored); for Strong's common
 * export in a language without aliases, its position in `STRONG_COMMON_ORDER`. -1 when there is none.
 */
export function exerciseNameColumn(header: readonly string[], format: ImportFormat): number {
  const names = header.map((h) => splitHeader(h).name);
  const aliases = new Set(EXERCISE_NAME_COLUMN[format].map(foldHeaderText));
  const index = names.findIndex((name) => aliases.has(name));
  if (index >= 0 || format !== 'strong' || !hasStrongCommonShape(names)) return index;
  return STRONG_COMMON_ORDER.indexOf('exerciseName');
}
