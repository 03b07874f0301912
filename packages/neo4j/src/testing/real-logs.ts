import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { importWorkoutLog, type WorkoutLog } from '@liftgraph/domain';

/** `../shared/data/real-logs` next to the repo root, found from a test file's URL. */
export function realLogsDir(testFileUrl: string): string {
  const path = new URL(testFileUrl).pathname;
  const repoRoot = path.slice(0, path.indexOf('/packages/neo4j/'));
  return `${repoRoot}/../shared/data/real-logs`;
}

export const REAL_LOG_FILES = [
  'strong-dstanek.csv',
  'strong-dericmei-zh.csv',
  'hevy-feliperuizm.csv',
  'hevy-smdesai27.csv',
  'fitnotes-moferg.csv',
] as const;

/**
 * Whether the shared real logs are there. When they are not: under CI (`.ci/run` exports CI=true) this
 * throws, so the test file fails at import (counted as a failure by `npm test`); elsewhere it warns loudly
 * and the real-data tests skip. `env` is the test's process.env.
 */
export function realLogsAvailable(dir: string, env: Record<string, string | undefined>): boolean {
  const missing = REAL_LOG_FILES.filter((f) => !existsSync(`${dir}/${f}`));
  if (missing.length === 0) return true;
  if (!['', '0', 'false'].includes((env.CI ?? '').toLowerCase())) {
    throw new Error(
      `CI: the real-data tests need the shared real logs; missing in ${dir}: ${missing.join(', ')} (../shared must sit beside the repository root)`,
    );
  }
  console.warn(`\n!!! real workout logs not found in ${dir}: real-data tests are SKIPPED !!!\n`);
  return false;
}

export async function loadRealLog(dir: string, file: string): Promise<{ bytes: Uint8Array; log: WorkoutLog }> {
  const bytes = new Uint8Array(await readFile(`${dir}/${file}`));
  return { bytes, log: await importWorkoutLog(bytes) };
}
