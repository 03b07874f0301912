export type CsvFormat = 'strong' | 'hevy' | 'fitnotes' | 'unknown';

export interface CsvTable {
  headers: string[];
  rows: string[][];
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a trailing empty line is ignored. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvTable {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const nonEmpty = records.filter((r) => r.some((v) => v.trim() !== ''));
  const [headers = [], ...rows] = nonEmpty;
  return { headers: headers.map((h) => h.replace(/^\uFEFF/, '').trim()), rows };
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n/) === -1 ? text.length : text.search(/\r?\n/));
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const HEADER_SIGNATURES: Array<{ format: Exclude<CsvFormat, 'unknown'>; required: string[]; exercise: string }> = [
  { format: 'hevy', required: ['exercise_title', 'set_index'], exercise: 'exercise_title' },
  { format: 'strong', required: ['exercise name', 'set order'], exercise: 'exercise name' },
  { format: 'fitnotes', required: ['exercise', 'category'], exercise: 'exercise' },
];

/** Which app exported the file, from its header row, and which column holds the exercise name. */
export function detectFormat(headers: readonly string[]): { format: CsvFormat; exerciseColumn: number } {
  const lower = headers.map((h) => h.toLowerCase());
  for (const sig of HEADER_SIGNATURES) {
    if (sig.required.every((r) => lower.includes(r))) return { format: sig.format, exerciseColumn: lower.indexOf(sig.exercise) };
  }
  return { format: 'unknown', exerciseColumn: -1 };
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
