import type { WorkoutLog } from '../../log/workout-log.js';

/** Weights compared to the gram: the importers round to 0.01 kg, so a round trip may differ by float noise only. */
const grams = (kg: number | null): number | null => (kg === null ? null : Math.round(kg * 1000) / 1000);

/**
 * What a round trip must keep of a log, for `toEqual`: every session field, every performance (order,
 * name, notes), every set (order, type, reps, kg to the gram, the value and unit as logged, RPE, RIR,
 * rest, distance, duration) — without what only describes the file it was read from (`format`,
 * `unitSource`, a set's `sourceLine`).
 */
export function comparableLog(log: WorkoutLog): unknown {
  return {
    unit: log.unit,
    sessions: log.sessions.map((s) => ({
      ...s,
      performances: s.performances.map((p) => ({
        ...p,
        sets: p.sets.map(({ sourceLine: _line, weightKg, ...set }) => ({ ...set, weightKg: grams(weightKg) })),
      })),
    })),
  };
}
