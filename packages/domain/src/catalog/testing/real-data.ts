/**
 * Test-only helpers for the shared real data (free-exercise-db, real workout logs). Pure: callers
 * read the files; this module only locates paths and parses CSV text.
 */

/** `/work/shared`-style data root next to the repo root, derived from a test's `import.meta.url`. */
export function sharedDataDir(testFileUrl: string): string {
  const path = new URL(testFileUrl).pathname;
  const repoRoot = path.slice(0, path.indexOf('/packages/domain/'));
  return `${repoRoot}/../shared/data`;
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, quoted newlines, any one-char delimiter. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The real logs and the column holding the exercise name in each. */
export const REAL_LOGS = [
  { file: 'strong-dstanek.csv', delimiter: ';', column: 'Exercise Name' },
  { file: 'strong-dericmei-zh.csv', delimiter: ',', column: '运动名称' },
  { file: 'hevy-feliperuizm.csv', delimiter: ',', column: 'exercise_title' },
  { file: 'hevy-smdesai27.csv', delimiter: ',', column: 'exercise_title' },
  { file: 'fitnotes-moferg.csv', delimiter: ',', column: 'Exercise' },
] as const;

/** Exercise name → number of set rows, from a log's CSV text. */
export function exerciseNameCounts(text: string, delimiter: string, column: string): Map<string, number> {
  const [header, ...rows] = parseCsv(text, delimiter);
  const index = header?.indexOf(column) ?? -1;
  if (index < 0) throw new Error(`column "${column}" not found`);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const name = row[index];
    if (name !== undefined && row.length > 1) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
