import { kg, type LoggedSession, type LoggedSet } from '@liftgraph/domain';

/**
 * Synthetic logs for debut-model tests. An athlete of strength `s` starts with a barbell bench press
 * and adds one catalog exercise every four sessions. With `jitter` the sessions are two to five days
 * apart (drawn per athlete) and each exercise's usual top set is s × its factor ± 2 %, else three days
 * and exactly s × factor, at its reps; its first session (the debut) is at `debutFactor` of that. With a
 * debut factor below 1 the population ratios (from usual loads) overshoot every debut, which a debut
 * model can learn to correct; at 1 the ratios are already right and no model beats them.
 */
export const DEBUT_LOG_EXERCISES: ReadonlyArray<{ name: string; factor: number; reps: number }> = [
  { name: 'Barbell Bench Press', factor: 1, reps: 5 },
  { name: 'Barbell Back Squat', factor: 1.3, reps: 5 },
  { name: 'Barbell Overhead Press', factor: 0.6, reps: 6 },
  { name: 'Dumbbell Bench Press', factor: 0.4, reps: 8 },
  { name: 'Barbell Deadlift', factor: 1.6, reps: 5 },
  { name: 'Incline Barbell Bench Press', factor: 0.8, reps: 8 },
  { name: 'Lat Pulldown', factor: 0.7, reps: 10 },
  { name: 'Dumbbell Curl', factor: 0.18, reps: 10 },
];

const workingSet = (weightKg: number, reps: number, index: number): LoggedSet => ({
  index,
  type: 'working',
  reps,
  weightKg: kg(weightKg),
  originalWeight: weightKg,
  originalUnit: 'kg',
  rpe: null,
  rir: null,
  restSec: null,
  distanceM: null,
  durationSec: null,
  sourceLine: 0,
});

export function debutAthleteLog(
  strength: number,
  debutFactor: number,
  { without = new Set<string>(), jitter = true }: { without?: ReadonlySet<string>; jitter?: boolean } = {},
): LoggedSession[] {
  const out: LoggedSession[] = [];
  let state = strength * 7919;
  const uniform = (): number => (jitter ? (state = (state * 48271) % 2147483647) / 2147483647 : 0.5);
  let day = 1;
  DEBUT_LOG_EXERCISES.forEach((_, k) => {
    for (let w = 0; w < 4; w++) {
      const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
      day += jitter ? 2 + Math.floor(uniform() * 4) : 3;
      const performances = DEBUT_LOG_EXERCISES.slice(0, k + 1)
        .filter((e) => !without.has(e.name))
        .map((e, order) => {
          const usual = strength * e.factor * (0.98 + 0.04 * uniform());
          const load = Math.round(usual * (e === DEBUT_LOG_EXERCISES[k] && w === 0 ? debutFactor : 1) * 2) / 2;
          return { order, exerciseName: e.name, sets: [0, 1, 2].map((i) => workingSet(load, e.reps, i)), notes: null, supersetId: null };
        });
      out.push({
        key: `${date}T10:00:00`,
        startedAt: `${date}T10:00:00`,
        date,
        title: null,
        durationMin: 60,
        notes: null,
        sessionRpe: null,
        performances,
      });
    }
  });
  return out;
}

/** Fifteen athletes as "real" logs (a file each), so trainDebutModel holds three of them out. */
export function debutPool(debutFactor: number, jitter = true): { athleteId: string; sessions: LoggedSession[]; file: string }[] {
  const strengths = [60, 70, 80, 90, 100, 110, 120, 130, 75, 85, 95, 105, 65, 115, 125];
  return strengths.map((s, i) => ({
    athleteId: `pool-${i}`,
    sessions: debutAthleteLog(s, debutFactor, { jitter }),
    file: `pool-${i}.csv`,
  }));
}
