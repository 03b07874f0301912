import type { WorkoutLog } from '../log/workout-log.js';
import { CONFIDENT_MATCH, type ExerciseMatcher, type MatchCandidate, type MatchMethod } from './exercise-matcher.js';

/** One distinct logged name of a log: how many sets use it and what the matcher makes of it. */
export interface NameReportRow {
  name: string;
  /** Set rows (as `summarizeLog` counts sets) logged under this name. */
  sets: number;
  /** The exercise it maps to with confidence, or null. */
  exerciseId: string | null;
  confidence: number;
  method: MatchMethod;
  /** Best catalog candidates, best first (the matcher's, for names not mapped with confidence). */
  suggestions: MatchCandidate[];
}

/**
 * Every distinct exercise name of a log with its set count and match, most sets first (then by
 * name). A name counts as mapped when the matcher's confidence reaches `CONFIDENT_MATCH`.
 */
export function nameReport(log: WorkoutLog, matcher: ExerciseMatcher): NameReportRow[] {
  const sets = new Map<string, number>();
  for (const session of log.sessions)
    for (const p of session.performances) sets.set(p.exerciseName, (sets.get(p.exerciseName) ?? 0) + p.sets.length);
  return [...sets]
    .map(([name, n]): NameReportRow => {
      const m = matcher.match(name);
      const confident = m.exerciseId !== null && m.confidence >= CONFIDENT_MATCH;
      return {
        name,
        sets: n,
        exerciseId: confident ? m.exerciseId : null,
        confidence: m.confidence,
        method: m.method,
        suggestions: confident ? [] : (m.candidates ?? []),
      };
    })
    .sort((a, b) => b.sets - a.sets || a.name.localeCompare(b.name));
}
