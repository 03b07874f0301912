import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { type AthleteLog, generatePopulation } from '@liftgraph/domain';
import { UsageError } from '../command.js';
import { readLogFile } from './read-log-file.js';

const LOG_FILE = /\.(csv|txt)$/i;

/** Simulated athletes added to every pool (the simulator's population, fixed seed). */
export const POOL_SIMULATED = { n: 8, weeks: 16, seed: 2026 } as const;

export interface LoadedPool {
  logs: AthleteLog[];
  /** Files read, files left out (the evaluated one) and files refused (with the importer's reason). */
  files: string[];
  skipped: string[];
  refused: { file: string; reason: string }[];
  simulated: number;
}

function poolFiles(spec: string): string[] {
  return spec
    .split(',')
    .filter((p) => p.trim() !== '')
    .flatMap((p) => {
      const path = resolve(p.trim());
      let stat;
      try {
        stat = statSync(path);
      } catch {
        throw new UsageError(`--pool: no such file or directory: ${p}`);
      }
      if (!stat.isDirectory()) return [path];
      return readdirSync(path)
        .filter((f) => LOG_FILE.test(f))
        .sort()
        .map((f) => join(path, f));
    });
}

/**
 * The population pool of `gnn eval|train --pool`: every workout log in the directories and files given
 * (comma-separated), read with the importers' own format and unit detection, leaving out `exclude` (the
 * evaluated file), plus the simulated athletes of `POOL_SIMULATED`. A file the importers refuse is left
 * out and reported, so one bad export does not stop a population run.
 */
export async function loadPool(spec: string, exclude: string | null, simulated = true): Promise<LoadedPool> {
  const excluded = exclude ? realpathSync(exclude) : null;
  const out: LoadedPool = { logs: [], files: [], skipped: [], refused: [], simulated: 0 };
  for (const file of poolFiles(spec)) {
    if (excluded !== null && realpathSync(file) === excluded) {
      out.skipped.push(file);
      continue;
    }
    try {
      const log = await readLogFile(file, { format: 'auto' });
      out.logs.push({ athleteId: `pool:${basename(file)}`, sessions: log.sessions });
      out.files.push(file);
    } catch (error) {
      out.refused.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  if (simulated) {
    const sims = generatePopulation(POOL_SIMULATED);
    for (const a of sims) out.logs.push({ athleteId: `sim:${a.id}`, sessions: a.log.sessions });
    out.simulated = sims.length;
  }
  return out;
}
