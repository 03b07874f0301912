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
 * Today's session is the first day of the block not yet done: the API lists every day of the block in
 * order and counts sessions completed against the program (it has no calendar per day), so sessions run
 * in order. Past the last day, the last day stays "today".
 */
export function nextDayIndex(completed: number, totalDays: number): number {
  if (totalDays <= 0) return 0;
  return Math.min(Math.max(0, completed), totalDays - 1);
}

/** RPE ↔ RIR (Zourdos et al. 2016 RIR-based RPE scale): RIR = 10 − RPE. */
export function rirFromRpe(rpe: number | null | undefined): number | null {
  return rpe === null || rpe === undefined ? null : Math.max(0, 10 - rpe);
}
