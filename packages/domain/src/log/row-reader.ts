import { LogParseError } from '../errors.js';
import { kg, toKilograms } from '../units.js';
import type { Kilograms, WeightUnit } from '../units.js';
import { parseLogDateTime } from './parse-log-date-time.js';
import type { LogDateTime } from './parse-log-date-time.js';
import type { CsvRecord } from './read-csv.js';

/** Where a logical column sits in a particular file: its index and its header text (for messages). */
export interface ColumnRef {
  index: number;
  name: string;
}

/** Heavier than any recorded lift (the deadlift record is ~500 kg): a typo or a unit mix-up. */
export const MAX_WEIGHT_KG = 1000;

/** A weight field, converted: kg rounded to 0.01 kg (float noise gone), the original kept. */
export interface WeightReading {
  weightKg: Kilograms | null;
  originalWeight: number | null;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * Typed, validated access to the fields of one CSV record by logical column. Every failure is a
 * `LogParseError` naming the line, the header's column name and a fix; optional columns that the
 * file lacks read as `null`.
 */
export class RowReader<K extends string> {
  private current: CsvRecord = { line: 1, fields: [] };

  constructor(
    private readonly columns: Partial<Record<K, ColumnRef>>,
    private readonly headerLength: number,
    /** Accept `80,5` as 80.5 (only sensible when `,` is not the delimiter). */
    private readonly decimalComma: boolean,
  ) {}

  /** Moves to `record`, rejecting a field count that differs from the header's (trailing empty fields excepted). */
  bind(record: CsvRecord): this {
    this.current = record;
    const { fields } = record;
    const extra = fields.slice(this.headerLength);
    if (fields.length < this.headerLength || extra.some((f) => f.trim() !== '')) {
      throw new LogParseError(
        { line: record.line },
        `the row has ${fields.length} fields but the header has ${this.headerLength}`,
        'make every row have one field per header column; quote fields that contain the delimiter',
      );
    }
    return this;
  }

  get line(): number {
    return this.current.line;
  }

  has(key: K): boolean {
    return this.columns[key] !== undefined;
  }

  /** The trimmed field, or null when the column is absent or the field is empty. */
  text(key: K): string | null {
    const ref = this.columns[key];
    if (ref === undefined) return null;
    const value = (this.current.fields[ref.index] ?? '').trim();
    return value === '' ? null : value;
  }

  /** Like `text`, but an empty field is an error. */
  requiredText(key: K, what: string): string {
    const value = this.text(key);
    if (value === null) this.fail(key, `${what} is empty`, `fill in ${what}; every row needs one`);
    return value;
  }

  /** A decimal number, or null when empty. Rejects anything else, and values outside [min, max]. */
  number(key: K, range: { min?: number; max?: number } = {}): number | null {
    const raw = this.text(key);
    if (raw === null) return null;
    const normalised = this.decimalComma && DECIMAL_COMMA.test(raw) ? raw.replace(',', '.') : raw;
    if (!NUMBER.test(normalised)) {
      this.fail(key, `${JSON.stringify(raw)} is not a number`, 'write a plain decimal number such as 82.5, or leave it empty');
    }
    const value = Number(normalised);
    if (range.min !== undefined && value < range.min) {
      this.fail(key, `${raw} is below the minimum of ${range.min}`, `enter a value of at least ${range.min}`);
    }
    if (range.max !== undefined && value > range.max) {
      this.fail(key, `${raw} is above the maximum of ${range.max}`, `enter a value of at most ${range.max}`);
    }
    return value;
  }

  /** A whole number (`8` or `8.0`), or null when empty. */
  wholeNumber(key: K, range: { min?: number; max?: number } = {}): number | null {
    const raw = this.text(key);
    const value = this.number(key, range);
    if (value !== null && !Number.isInteger(value)) {
      this.fail(key, `${JSON.stringify(raw)} is not a whole number`, 'write a whole number such as 8, or leave it empty');
    }
    return value;
  }

  /**
   * A timestamp (see `parseLogDateTime`). `notAfter` (`YYYY-MM-DD`) rejects dates after it, so a
   * caller that passes today can catch a wrong clock or a day/month swap.
   */
  dateTime(key: K, what: string, notAfter: string | null): LogDateTime {
    const raw = this.requiredText(key, what);
    const parsed = parseLogDateTime(raw);
    if (parsed === null) {
      this.fail(
        key,
        `${JSON.stringify(raw)} is not a date the importer understands`,
        'use a form such as 2024-05-01 18:30:00 or 1 May 2024, 18:30',
      );
    }
    if (notAfter !== null && parsed.date > notAfter) {
      this.fail(
        key,
        `${parsed.date} is in the future (after ${notAfter})`,
        'correct the date, or check the device clock and the day/month order',
      );
    }
    return parsed;
  }

  /** A non-negative weight in `unit`, converted to kg and rejected above `MAX_WEIGHT_KG`. Empty is bodyweight (null). */
  weight(key: K, unit: WeightUnit): WeightReading {
    const original = this.number(key, { min: 0 });
    if (original === null) return { weightKg: null, originalWeight: null };
    const weightKg = Math.round(toKilograms(original, unit) * 100) / 100;
    if (weightKg > MAX_WEIGHT_KG) {
      this.fail(
        key,
        `${original} ${unit} is more than ${MAX_WEIGHT_KG} kg`,
        'correct the weight, or import with the right unit (kg vs lbs)',
      );
    }
    return { weightKg: kg(weightKg), originalWeight: original };
  }

  /** Throws a `LogParseError` about `key` on the current line. */
  fail(key: K, problem: string, hint: string): never {
    const column = this.columns[key]?.name;
    throw new LogParseError(column === undefined ? { line: this.line } : { line: this.line, column }, problem, hint);
  }
}
