/**
 * # Workout-log importers
 *
 * `importWorkoutLog(input, options)` reads a Strong, Hevy or FitNotes CSV export into a
 * {@link WorkoutLog}. Input is the file as a string, its bytes, or an (async) iterable of chunks;
 * parsing streams through csv-parse and nothing here touches the file system. Bytes are UTF-8, or
 * UTF-16 (LE/BE) when they start with its byte-order mark or look like it, or Windows-1252 when their
 * start is not valid UTF-8 (see `toTextChunks`).
 *
 * Formats (detected from the header by `detectLogFormat` unless `options.format` says):
 * - Strong: the `;` export with `Weight Unit` (and optionally a trailing `Workout Duration`), the
 *   comma export
 *   (`Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`),
 *   the 2016 export naming columns by their unit (`kg`, `km`), the fully quoted export with units in
 *   headers (`"Weight (kg)"`, `"Duration (sec)"`) and localised headers (Chinese and French by name,
 *   other languages of the common export by position). Header names are compared without case,
 *   accents or typographic apostrophes. `Rest Timer` rows set the `restSec` of the preceding set.
 * - Hevy: `weight_kg`/`weight_lbs`, `distance_km`/`distance_miles`, newest-first rows.
 * - FitNotes: `Weight (lbs)`, `Weight (kgs)` or `Weight` + `Weight Unit`, optional `Comment`.
 *
 * Definitions (a contract; `summarizeLog` reports them):
 * - session: one workout. Strong: one distinct `Date` timestamp; Hevy: one distinct `start_time`;
 *   FitNotes: one distinct date. Sessions are returned oldest first.
 * - set: every row that records a set. Strong `Rest Timer` rows are not sets.
 * - working set: a set whose type is not `warmup` (working, drop and failure sets all count);
 *   Strong marks warm-ups `W` in `Set Order`, Hevy `set_type` `warmup`; FitNotes has no warm-ups.
 * - dates are `YYYY-MM-DD` of the logger's local wall-clock time, as exported.
 *
 * Weights are kg rounded to 0.01 kg (`44.09245243697551` lbs → 20 kg), the logged value and unit
 * kept as `originalWeight`/`originalUnit`; an empty weight is bodyweight (`weightKg` null).
 * Weight unit: a unit the file states (column, header or per row) wins; otherwise `options.unit`;
 * otherwise it is inferred from kg↔lbs conversion float noise, else from plate arithmetic (see
 * `inferWeightUnit`); otherwise kg is assumed. `WorkoutLog.unitSource` says which happened.
 *
 * Errors: an importer never returns part of a file. It stops at the first bad row with a
 * `LogParseError` (code `PARSE_ERROR`) giving the 1-based line (header = line 1, quoted newlines
 * counted), the column and a fix; rejected are non-numbers, fractional reps, negative reps or
 * weights, weights above 1000 kg, RPE outside 0–10, unreadable dates or durations, rows with the
 * wrong number of fields, and — when `options.now` is given — dates more than a day after it.
 * A header no importer recognises is a `DomainError` with code `UNKNOWN_FORMAT` listing the
 * expected headers.
 *
 * @module
 */
import { DomainError, assertNever } from '../errors.js';
import { detectLogFormat } from './detect-log-format.js';
import { importFitNotes } from './import-fitnotes.js';
import { importHevy } from './import-hevy.js';
import { importStrong } from './import-strong.js';
import { readCsv } from './read-csv.js';
import type { ImportOptions, ImporterContext } from './import-options.js';
import type { LogInput } from './text-chunks.js';
import type { WorkoutLog } from './workout-log.js';

const DAY_MS = 86_400_000;

/** The last acceptable session date, one day after `now` to allow for time zones. */
function latestDate(now: Date | string | undefined): string | null {
  if (now === undefined) return null;
  const ms = typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (Number.isNaN(ms)) throw new DomainError('INVALID_ARGUMENT', `options.now is not a valid date: ${String(now)}`);
  return new Date(ms + DAY_MS).toISOString().slice(0, 10);
}

/**
 * Imports a Strong, Hevy or FitNotes CSV export (see the module documentation for the rules).
 * Resolves to the whole log, or rejects with a `LogParseError` / `DomainError`; never a partial log.
 */
export async function importWorkoutLog(input: LogInput, options: ImportOptions = {}): Promise<WorkoutLog> {
  const ctx: ImporterContext = { unit: options.unit, notAfter: latestDate(options.now) };
  const file = await readCsv(input);
  try {
    const requested = options.format ?? 'auto';
    const format = requested === 'auto' ? detectLogFormat(file.header) : requested;
    switch (format) {
      case 'strong':
        return await importStrong(file, ctx);
      case 'hevy':
        return await importHevy(file, ctx);
      case 'fitnotes':
        return await importFitNotes(file, ctx);
      default:
        return assertNever(format);
    }
  } finally {
    // Stop the parser when we bail out early (bad row), so nothing keeps reading the input.
    await file.records.return(undefined);
  }
}
