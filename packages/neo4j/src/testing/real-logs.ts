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

export function realLogsAvailable(dir: string): boolean {
  const ok = REAL_LOG_FILES.every((f) => existsSync(`${dir}/${f}`));
  if (!ok) console.warn(`\n!!! real workout logs not found in ${dir}: real-data tests are SKIPPED !!!\n`);
  return ok;
}

export async function loadRealLog(dir: string, file: string): Promise<{ bytes: Uint8Array; log: WorkoutLog }> {
  const bytes = new Uint8Array(await readFile(`${dir}/${file}`));
  return { bytes, log: await importWorkoutLog(bytes) };
}
