import { LogParseError } from '../errors.js';
import type { ColumnRef } from './row-reader.js';

/** The columns of one file, by logical key, with the unit some headers carry (`Weight (kg)` → `kg`). */
export interface ResolvedColumns<K extends string> {
  columns: Partial<Record<K, ColumnRef>>;
  units: Partial<Record<K, string>>;
}

const WITH_UNIT = /^(.*?)\s*\(([^)]*)\)$/;

/**
 * Header text folded for comparison: trimmed, lower-cased, accents removed (`Réps` → `reps`,
 * `Durée` → `duree`), typographic apostrophes made plain and runs of spaces collapsed. Localised
 * exports differ in exactly these ways between app versions, so aliases are compared folded.
 */
export function foldHeaderText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Folded header text (see `foldHeaderText`) with a trailing `(unit)` split off. */
export function splitHeader(header: string): { name: string; unit: string | null } {
  const text = foldHeaderText(header);
  const match = WITH_UNIT.exec(text);
  return match === null ? { name: text, unit: null } : { name: match[1] ?? '', unit: match[2] ?? null };
}

/**
 * Columns that some exports name by their unit alone (Strong's 2016 export: `kg`, `km`): which key
 * such a column stands for, given the unit word. `isUnit` recognises the unit words of that key.
 */
export interface UnitNamedColumn<K extends string> {
  key: K;
  isUnit: (word: string) => boolean;
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
  unitNamed: readonly UnitNamedColumn<NoInfer<K>>[] = [],
): ResolvedColumns<K> {
  const columns: Partial<Record<K, ColumnRef>> = {};
  const units: Partial<Record<K, string>> = {};
  const keys = Object.keys(aliases) as K[];
  header.forEach((raw, index) => {
    const { name, unit } = splitHeader(raw);
    const key = keys.find((k) => aliases[k].some((alias) => foldHeaderText(alias) === name));
    if (key !== undefined) {
      if (columns[key] !== undefined) return;
      columns[key] = { index, name: raw };
      if (unit !== null) units[key] = unit;
      return;
    }
    // A column named by a unit alone (`kg`) is the column of that unit's quantity, in that unit.
    const byUnit = unit === null ? unitNamed.find((u) => u.isUnit(name) && columns[u.key] === undefined) : undefined;
    if (byUnit === undefined) return;
    columns[byUnit.key] = { index, name: raw };
    units[byUnit.key] = name;
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
