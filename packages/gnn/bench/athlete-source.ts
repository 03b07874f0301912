import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { generatePopulation, importWorkoutLog } from '../../domain/src/index.js';
import type { LoggedSession } from '../../domain/src/index.js';

/** One athlete's history, as the planner reads it (sessions oldest first). */
export interface AthleteHistory {
  athleteId: string;
  sessions: readonly LoggedSession[];
  describe: string;
}

/** A real log read with the repository's importer (the same call as the CLI's import). */
export async function realAthlete(file: string): Promise<AthleteHistory> {
  const log = await importWorkoutLog(readFileSync(file), { now: '2100-01-01' });
  const sets = log.sessions.reduce((a, s) => a + s.performances.reduce((b, p) => b + p.sets.length, 0), 0);
  const first = log.sessions[0]?.date ?? '?';
  const last = log.sessions[log.sessions.length - 1]?.date ?? '?';
  return {
    athleteId: basename(file),
    sessions: log.sessions,
    describe: `${basename(file)}: ${log.sessions.length} sessions, ${sets} sets, ${first} → ${last}`,
  };
}

/** A simulated athlete of @liftgraph/domain's population (one year, seed 7). */
export function simulatedAthlete(weeks = 52): AthleteHistory {
  const [a] = generatePopulation({ n: 1, weeks, seed: 7 });
  if (a === undefined) throw new Error('generatePopulation returned no athlete');
  return { athleteId: a.id, sessions: a.log.sessions, describe: `simulated ${a.id} (${weeks} weeks, ${a.log.sessions.length} sessions)` };
}
