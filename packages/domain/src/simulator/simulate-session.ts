import { dayNumber } from '../science/calendar-day.js';
import { performSession, type SessionOutcome } from './perform-session.js';
import type { PlannedSession } from './prescription-types.js';
import { cloneAthlete, type SimAthlete } from './sim-athlete.js';

export interface SimulatedSession extends SessionOutcome {
  /** The athlete after the session (the input athlete is left unchanged). */
  athlete: SimAthlete;
}

/**
 * Pure wrapper around the engine: simulates one planned session on `date` (`YYYY-MM-DD`, not before
 * the athlete's current day) for a copy of `athlete`, and returns the logged session (null if skipped),
 * any overreach event, and the new athlete state. Same athlete + date + plan → same result.
 * The model is documented on `performSession`, `simulateSet` and `advanceToDay`.
 */
export function simulateSession(athlete: SimAthlete, date: string, planned: PlannedSession): SimulatedSession {
  const next = cloneAthlete(athlete);
  const outcome = performSession(next, dayNumber(date), planned);
  return { ...outcome, athlete: next };
}
