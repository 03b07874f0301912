/**
 * # Rows with more fields than the header
 *
 * FitNotes writes a custom exercise name such as `Overhead Press (Each Side, Dumbbells)` without
 * quotes, so the comma splits the name into two fields and every later column shifts by one. Such a
 * row can be read back when the other columns' types leave only one way to join the extra fields:
 * a date stays a date, numbers stay numbers, a unit stays a unit, and a label column (FitNotes'
 * category) holds one of the values the file's well-formed rows use. `repairFieldCounts` tries every
 * way of giving the extra fields to the free-text columns (the exercise name, a comment, …), keeps
 * the ways whose every field has its column's type, and
 * - exactly one way: the row is rewritten that way and its line is reported as repaired;
 * - none or several: a `FieldCountError` names the line, both field counts, the likely cause and a fix.
 * A row whose extra fields are all empty is one more way (the trailing empties dropped), so a stray
 * trailing delimiter is still read as before, but no longer hides a comma in the name.
 *
 * Pure: callers hand in the records (already split by csv-parse) and the column types.
 *
 * @module
 */
import { LogParseError } from '../errors.js';
import { parseDuration } from './parse-duration.js';
import { parseLogDateTime } from './parse-log-date-time.js';
import { parseWeightUnit } from './parse-weight-unit.js';
import type { CsvRecord } from './read-csv.js';

/**
 * What a column may hold. `name` and `text` columns may hold the delimiter (they absorb extra
 * fields); `label` columns may too, but only as a value the well-formed rows of the file use.
 */
export type FieldKind = 'date' | 'number' | 'weightUnit' | 'distanceUnit' | 'duration' | 'setOrder' | 'name' | 'label' | 'text';

/** The columns of one file that the repair knows, by index in the header. */
export interface FieldLayout {
  header: readonly string[];
  delimiter: string;
  kinds: ReadonlyMap<number, FieldKind>;
  /** Index of the exercise-name column (named in the error message). */
  nameColumn: number;
}

export interface RepairedRecords {
  records: CsvRecord[];
  /** 1-based lines whose fields were joined back (ascending). */
  repairedLines: number[];
}

/** More extra fields than this are not tried (the ways to distribute them grow quickly): refused. */
const MAX_EXTRA_FIELDS = 6;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SET_ORDER = /^(\d+(\.0*)?|[wdf]|.*(rest|timer|休息|计时|計時).*)$/i;

/** A row-level field-count error whose message leads with the counts and the likely cause. */
export class FieldCountError extends LogParseError {
  constructor(line: number, problem: string, hint: string) {
    super({ line }, problem, hint);
    this.message = `line ${line} ${problem}. Fix: ${hint}`;
  }
}

const DELIMITER_WORD: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

function fits(kind: FieldKind | undefined, raw: string, labels: ReadonlySet<string> | undefined, delimiter: string): boolean {
  const decimalComma = delimiter !== ',';
  const value = raw.trim();
  switch (kind) {
    case undefined:
    case 'text':
      return true;
    case 'date':
      return parseLogDateTime(value) !== null;
    case 'number':
      return value === '' || NUMBER.test(value) || (decimalComma && /^[+-]?\d+,\d+$/.test(value));
    case 'weightUnit':
      return value === '' || parseWeightUnit(value) !== null;
    case 'distanceUnit':
      return value === '' || /^[a-z.]{1,8}$/i.test(value);
    case 'duration':
      return value === '' || parseDuration(value) !== null;
    case 'setOrder':
      return SET_ORDER.test(value);
    case 'name':
      return value !== '' && !NUMBER.test(value);
    case 'label':
      // With no well-formed row to learn from, a label column is free text; else a value the file
      // uses, or a new one that is a word (not a number) without the delimiter in it.
      if (labels === undefined || labels.size === 0) return true;
      return labels.has(value) || (!NUMBER.test(value) && !value.includes(delimiter));
  }
}

/** Every way to split `extra` fields among `slots` columns (compositions of extra into slots parts). */
function* distributions(extra: number, slots: number): Generator<number[]> {
  if (slots === 1) {
    yield [extra];
    return;
  }
  for (let first = extra; first >= 0; first--) for (const rest of distributions(extra - first, slots - 1)) yield [first, ...rest];
}

interface Reading {
  fields: string[];
  /** Columns that took extra fields, for the message. */
  joined: number[];
}

/** The row read with `share[i]` extra fields given to the i-th absorbing column. */
function readWith(
  fields: readonly string[],
  width: number,
  absorbing: readonly number[],
  share: readonly number[],
  delimiter: string,
): Reading {
  const out: string[] = [];
  const joined: number[] = [];
  let at = 0;
  for (let column = 0; column < width; column++) {
    const slot = absorbing.indexOf(column);
    const take = 1 + (slot >= 0 ? (share[slot] ?? 0) : 0);
    if (take > 1) joined.push(column);
    out.push(fields.slice(at, at + take).join(delimiter));
    at += take;
  }
  return { fields: out, joined };
}

function describe(reading: Reading, header: readonly string[]): string {
  return reading.joined.map((c) => `${header[c] ?? `column ${c + 1}`} ${JSON.stringify(reading.fields[c]?.trim())}`).join(' with ');
}

/**
 * Reads rows that have more fields than the header back into the header's columns when their
 * types allow exactly one way (see the module documentation); throws `FieldCountError` otherwise.
 * Records with the header's field count, or fewer, are returned unchanged.
 */
export function repairFieldCounts(records: readonly CsvRecord[], layout: FieldLayout): RepairedRecords {
  const width = layout.header.length;
  const absorbing = [...layout.kinds]
    .filter(([, kind]) => kind === 'name' || kind === 'text' || kind === 'label')
    .map(([index]) => index)
    .sort((a, b) => a - b);
  const labels = new Map<number, Set<string>>();
  for (const [index, kind] of layout.kinds) if (kind === 'label') labels.set(index, new Set());
  for (const record of records) {
    if (record.fields.length !== width) continue;
    for (const [index, set] of labels) set.add((record.fields[index] ?? '').trim());
  }
  const valid = (fields: readonly string[]): boolean =>
    fields.every((value, index) => fits(layout.kinds.get(index), value, labels.get(index), layout.delimiter));

  const repairedLines: number[] = [];
  const out = records.map((record): CsvRecord => {
    const { fields } = record;
    if (fields.length <= width) return record;
    const extra = fields.length - width;
    const nameHeader = layout.header[layout.nameColumn] ?? 'name';
    const word = DELIMITER_WORD[layout.delimiter] ?? `"${layout.delimiter}"`;
    const counts = `has ${fields.length} fields, the header ${width}`;
    const nameCause = `an unquoted ${word} in the ${/exercise/i.test(nameHeader) ? 'exercise name' : `"${nameHeader}" column`}?`;
    const hint = `put the exercise name in double quotes in the file (e.g. "Overhead Press (Each Side${layout.delimiter} Dumbbells)"), or remove the ${word} from the name in the app and export again`;
    const readings: Array<Reading & { trailing: boolean }> = [];
    if (fields.slice(width).every((f) => f.trim() === '')) readings.push({ fields: fields.slice(0, width), joined: [], trailing: true });
    if (extra <= MAX_EXTRA_FIELDS && absorbing.length > 0) {
      for (const share of distributions(extra, absorbing.length)) {
        readings.push({ ...readWith(fields, width, absorbing, share, layout.delimiter), trailing: false });
      }
    }
    const fitting = readings.filter((r) => valid(r.fields));
    const [only] = fitting;
    if (fitting.length === 1 && only !== undefined) {
      if (only.trailing) return { line: record.line, fields: only.fields };
      repairedLines.push(record.line);
      return { line: record.line, fields: only.fields };
    }
    if (fitting.length === 0) {
      const columns = absorbing.map((c) => `"${layout.header[c] ?? ''}"`);
      const into =
        columns.length === 0
          ? ''
          : `, and joining the extra field${extra > 1 ? 's' : ''} into a text column (${columns.join(', ')}) does not give a valid row`;
      throw new FieldCountError(
        record.line,
        `${counts}${into}`,
        'make every row have one field per header column; quote fields that contain the delimiter',
      );
    }
    const ways = fitting
      .slice(0, 3)
      .map((r) => (r.trailing ? 'the trailing empty fields dropped' : describe(r, layout.header)))
      .join('; or ');
    const involved = new Set(fitting.flatMap((r) => r.joined));
    const cause =
      involved.size === 0 || involved.has(layout.nameColumn)
        ? nameCause
        : `an unquoted ${word} in ${[...involved].map((c) => `"${layout.header[c] ?? ''}"`).join(' or ')}?`;
    const fix =
      cause === nameCause ? hint : `put that field in double quotes in the file, or remove the ${word} from it in the app and export again`;
    throw new FieldCountError(
      record.line,
      `${counts}: ${cause} The row can be read ${fitting.length} ways (${ways}), so it is not guessed`,
      fix,
    );
  });
  return { records: out, repairedLines };
}

/** The column kinds of a file by index, from its resolved columns and the kind of each logical column. */
export function fieldKinds<K extends string>(
  columns: Partial<Record<K, { index: number }>>,
  kinds: Readonly<Record<K, FieldKind>>,
): Map<number, FieldKind> {
  const out = new Map<number, FieldKind>();
  for (const key of Object.keys(kinds) as K[]) {
    const ref = columns[key];
    if (ref !== undefined) out.set(ref.index, kinds[key]);
  }
  return out;
}

/** The warning for repaired rows, or null when none was repaired. Lines are listed (the first 20, then a count). */
export function repairWarning(repairedLines: readonly number[]): string | null {
  if (repairedLines.length === 0) return null;
  const shown = repairedLines.slice(0, 20).join(', ');
  const more = repairedLines.length > 20 ? ` and ${repairedLines.length - 20} more` : '';
  const n = repairedLines.length;
  return `repaired ${n} row${n === 1 ? '' : 's'} with more fields than the header (line${n === 1 ? '' : 's'} ${shown}${more}): an unquoted comma in the exercise name (or another text field), joined back into it`;
}
