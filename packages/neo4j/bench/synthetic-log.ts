import { addDays, kg, LIFTGRAPH_CATALOG, type LoggedPerformance, type LoggedSession, type WorkoutLog } from '@liftgraph/domain';

/** Deterministic pseudo-random numbers (mulberry32) so every run benchmarks the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic Strong-like log with about `targetSets` set rows: sessions of 6 exercises × `setsPerPerformance` sets,
 * one every day from 2015-01-01, exercises drawn from the catalog by name (so they all map).
 */
export function syntheticLog(targetSets: number, setsPerPerformance = 4, seed = 42): WorkoutLog {
  const random = rng(seed);
  const names = LIFTGRAPH_CATALOG.filter((e) => e.source === 'liftgraph' && e.category !== 'cardio')
    .slice(0, 60)
    .map((e) => e.name);
  const sessions: LoggedSession[] = [];
  let sets = 0;
  for (let day = 0; sets < targetSets; day += 1) {
    const date = addDays('2015-01-01', day);
    const performances: LoggedPerformance[] = [];
    for (let order = 0; order < 6 && sets < targetSets; order += 1) {
      const exerciseName = names[Math.floor(random() * names.length)] ?? 'Bench Press (Barbell)';
      const base = 20 + Math.floor(random() * 100);
      performances.push({
        order,
        exerciseName,
        notes: null,
        supersetId: null,
        sets: Array.from({ length: setsPerPerformance }, (_, index) => {
          const weight = base + index * 2.5;
          return {
            index,
            type: index === 0 && setsPerPerformance > 1 ? ('warmup' as const) : ('working' as const),
            reps: 5 + Math.floor(random() * 6),
            weightKg: kg(weight),
            originalWeight: weight,
            originalUnit: 'kg' as const,
            rpe: null,
            rir: null,
            restSec: null,
            distanceM: null,
            durationSec: null,
            sourceLine: sets + index + 2,
          };
        }),
      });
      sets += setsPerPerformance;
    }
    const startedAt = `${date}T07:00:00`;
    sessions.push({ key: startedAt, startedAt, date, title: 'Synthetic', durationMin: 60, notes: null, sessionRpe: null, performances });
  }
  return { format: 'strong', unit: 'kg', unitSource: 'file', sessions };
}
