/**
 * Test-only helpers for the shared real data (free-exercise-db, real workout logs). Pure: callers
 * read the files; this module only locates paths and parses CSV text.
 */
import { csvRecords } from '../../log/csv-records.js';

/** `/work/shared`-style data root next to the repo root, derived from a test's `import.meta.url`. */
export function sharedDataDir(testFileUrl: string): string {
  const path = new URL(testFileUrl).pathname;
  const repoRoot = path.slice(0, path.indexOf('/packages/domain/'));
  return `${repoRoot}/../shared/data`;
}

/** CI runs (`.ci/run` exports CI=true): there, tests that need `../shared` must fail when it is missing. */
export function inCi(env: Record<string, string | undefined>): boolean {
  return !['', '0', 'false'].includes((env.CI ?? '').toLowerCase());
}

/**
 * Guard for a test file that needs the shared data: returns `available`. When it is false, throws under CI
 * (the file then fails at import, which `npm test` counts as a failure) and otherwise warns loudly that the
 * tests are skipped. `what` names the tests, `path` what is missing; `env` is the test's process.env.
 */
export function requireSharedData(available: boolean, what: string, path: string, env: Record<string, string | undefined>): boolean {
  if (available) return true;
  if (inCi(env))
    throw new Error(`CI: ${what} need the shared data, and ${path} is missing (../shared must sit beside the repository root)`);
  console.warn(`\n!!! SKIPPING ${what}: ${path} is missing (../shared beside the repository root) !!!\n`);
  return false;
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
  const [header, ...rows] = csvRecords(text, delimiter);
  const index = header?.indexOf(column) ?? -1;
  if (index < 0) throw new Error(`column "${column}" not found`);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const name = row[index];
    if (name !== undefined && row.length > 1) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
