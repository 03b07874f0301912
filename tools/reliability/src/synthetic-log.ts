import { addDays, generatePopulation, type LoggedSession, type WorkoutLog } from '@liftgraph/domain';

/**
 * A large, realistic log: one simulated athlete's weeks (catalog exercise names), repeated with the
 * dates shifted until it holds at least `minSets` sets. Deterministic.
 */
export function syntheticLog(minSets: number, seed = 5): WorkoutLog {
  const sim = generatePopulation({ n: 1, weeks: 12, seed })[0];
  if (sim === undefined) throw new Error('the simulator produced no athlete');
  const base = sim.log;
  const first = base.sessions[0]?.date ?? '2020-01-06';
  const last = base.sessions.at(-1)?.date ?? first;
  const spanDays = Math.ceil((Date.parse(last) - Date.parse(first)) / 86_400_000 / 7) * 7 + 7;
  const setsPerRound = base.sessions.reduce((n, s) => n + s.performances.reduce((m, p) => m + p.sets.length, 0), 0);
  const rounds = Math.ceil(minSets / Math.max(1, setsPerRound));
  const sessions: LoggedSession[] = [];
  for (let r = 0; r < rounds; r++) {
    const shift = (d: string): string => addDays(d.slice(0, 10), r * spanDays - 3650) + d.slice(10);
    for (const s of base.sessions) sessions.push({ ...s, key: shift(s.key), date: shift(s.date), startedAt: shift(s.startedAt) });
  }
  return { ...base, sessions };
}

export const setCount = (log: WorkoutLog): number =>
  log.sessions.reduce((n, s) => n + s.performances.reduce((m, p) => m + p.sets.length, 0), 0);
