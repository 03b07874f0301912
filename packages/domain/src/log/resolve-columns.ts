import { LogParseError } from '../errors.js';
import type { ColumnRef } from './row-reader.js';

/** The columns of one file, by logical key, with the unit some headers carry (`Weight (kg)` → `kg`). */
export interface ResolvedColumns<K extends string> {
  columns: Partial<Record<K, ColumnRef>>;
  units: Partial<Record<K, string>>;
}

const WITH_UNIT = /^(.*?)\s*\(([^)]*)\)$/;

/** Lower-cased, trimmed header text with a trailing `(unit)` split off. */
export function splitHeader(header: string): { name: string; unit: string | null } {
  const text = header.trim().toLowerCase();
  const match = WITH_UNIT.exec(text);
  return match === null ? { name: text, unit: null } : { name: match[1] ?? '', unit: match[2] ?? null };
}

/**
 * Maps a header onto logical columns. `aliases` lists, per key, the accepted header names, matched
 * case-insensitively and without any `(unit)` suffix; the first alias is the one named in errors.
 * Keys in `required` must be present, else the error (line 1) names the missing columns.
 */
export function resolveColumns<K extends string>(
  header: readonly string[],
  aliases: Readonly<Record<K, readonly string[]>>,
  required: readonly NoInfer<K>[],
  formatName: string,
): ResolvedColumns<K> {
  const columns: Partial<Record<K, ColumnRef>> = {};
  const units: Partial<Record<K, string>> = {};
  const keys = Object.keys(aliases) as K[];
  header.forEach((raw, index) => {
    const { name, unit } = splitHeader(raw);
    const key = keys.find((k) => aliases[k].some((alias) => alias.toLowerCase() === name));
    if (key === undefined || columns[key] !== undefined) return;
    columns[key] = { index, name: raw };
    if (unit !== null) units[key] = unit;
  });
  const missing = required.filter((k) => columns[k] === undefined);
  if (missing.length > 0) {
    const names = missing.map((k) => `"${aliases[k][0] ?? k}"`).join(', ');
    throw new LogParseError(
      { line: 1 },
      `the ${formatName} header has no ${names} column (found: ${header.join(', ')})`,
      `export the file again from ${formatName}, or add the missing column${missing.length > 1 ? 's' : ''} to the header`,
    );
  }
  return { columns, units };
}
