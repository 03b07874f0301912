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
 * Today's session is the next day of the week not yet done: sessions completed against the program
 * so far, modulo days per week (the API has no calendar per day, so sessions run in order).
 */
export function nextDayIndex(completed: number, daysPerWeek: number): number {
  if (daysPerWeek <= 0) return 0;
  return ((completed % daysPerWeek) + daysPerWeek) % daysPerWeek;
}

/** RPE ↔ RIR (Zourdos et al. 2016 RIR-based RPE scale): RIR = 10 − RPE. */
export function rirFromRpe(rpe: number | null | undefined): number | null {
  return rpe === null || rpe === undefined ? null : Math.max(0, 10 - rpe);
}
