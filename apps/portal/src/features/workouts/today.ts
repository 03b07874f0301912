export interface ProgramLike {
  id: string;
  status: string;
  daysPerWeek: number;
  createdAt: string;
}

/** The program the athlete trains on now: the newest active one, else the newest of any status. */
export function currentProgram<P extends ProgramLike>(programs: readonly P[]): P | null {
  return programs.find((p) => p.status === 'active') ?? programs[0] ?? null;
}

/**
 * Today's session is the first of the block not yet done, in order through the weeks and their days:
 * the API counts sessions completed against the program (it has no calendar per day), so sessions run
 * in order. Past the last session, the last stays "today"; null for a block without sessions.
 */
export function todaysSession<W extends { days: readonly unknown[] }>(
  weeks: readonly W[],
  completed: number,
): { week: W; day: W['days'][number] } | null {
  const sessions = weeks.flatMap((week) => week.days.map((day) => ({ week, day })));
  if (sessions.length === 0) return null;
  return sessions[Math.min(Math.max(0, completed), sessions.length - 1)] ?? null;
}

/** RPE ↔ RIR (Zourdos et al. 2016 RIR-based RPE scale): RIR = 10 − RPE. */
export function rirFromRpe(rpe: number | null | undefined): number | null {
  return rpe === null || rpe === undefined ? null : Math.max(0, 10 - rpe);
}
