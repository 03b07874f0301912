import { csvRecords, detectDelimiter, detectLogFormat, exerciseNameColumn, type ImportFormat } from '@liftgraph/domain/log-header';

/** The importer that will read the file (the server's own detection), or `unknown`. */
export type CsvFormat = ImportFormat | 'unknown';

export interface CsvTable {
  headers: string[];
  rows: string[][];
}

/**
 * RFC 4180 CSV (the domain's reader): quoted fields, doubled quotes, CRLF or LF; empty lines are
 * ignored. The delimiter (comma, semicolon or tab) is the domain's choice from the header line, as on import.
 */
export function parseCsv(text: string, delimiter: string = detectDelimiter(firstLine(text))): CsvTable {
  const [headers = [], ...rows] = csvRecords(text, delimiter).filter((r) => r.some((v) => v.trim() !== ''));
  return { headers: headers.map((h) => h.trim()), rows };
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Which app exported the file and which column holds the exercise name, by the domain's rules: the
 * same detection the server imports with (localised Strong headers, Strong's 2016 `kg`/`km` export,
 * any delimiter) and the importers' column aliases.
 */
export function detectFormat(headers: readonly string[]): { format: CsvFormat; exerciseColumn: number } {
  let format: ImportFormat;
  try {
    format = detectLogFormat(headers);
  } catch {
    return { format: 'unknown', exerciseColumn: -1 };
  }
  return { format, exerciseColumn: exerciseNameColumn(headers, format) };
}

/** Distinct exercise names with how many set rows use each, most used first. */
export function exerciseNames(table: CsvTable, column: number): Array<{ name: string; rows: number }> {
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const name = row[column]?.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, rows]) => ({ name, rows })).sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
}

const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The same file with exercise names replaced per the mapping (comma-delimited, LF). */
export function applyMapping(table: CsvTable, column: number, mapping: Readonly<Record<string, string>>): string {
  const lines = [table.headers, ...table.rows.map((r) => r.map((v, i) => (i === column ? (mapping[v.trim()] ?? v) : v)))];
  return `${lines.map((r) => r.map(quote).join(',')).join('\n')}\n`;
}
