// The shape of log the Neo4j export bench builds its graphs from (one session a day from 2015-01-01,
// six performances each, one working set per performance, 60 catalog exercises), generated here
// without Neo4j so the domain's share of the export can be measured and profiled on its own.
import { LIFTGRAPH_CATALOG } from '../src/catalog/liftgraph-catalog.js';
import type { Exercise } from '../src/exercise/exercise.js';
import type { AthleteLog } from '../src/learning/performance-facts.js';
import type { LoggedPerformance, LoggedSession } from '../src/log/workout-log.js';
import { addDays } from '../src/science/calendar-day.js';
import { kg } from '../src/units.js';

const EXERCISES = LIFTGRAPH_CATALOG.filter((e) => e.source === 'liftgraph' && e.category !== 'cardio').slice(0, 60);
const BY_NAME = new Map(EXERCISES.map((e) => [e.name, e]));

/** Resolves the generator's names (all from the catalog). */
export const exportLikeResolver = (name: string): Exercise | null => BY_NAME.get(name) ?? null;

/** xorshift32: deterministic, so every run measures the same data. */
function xorshift(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** One athlete with exactly `performances` performances, as the export rebuilds them from Neo4j. */
export function exportLikeLog(performances: number, seed = 42): AthleteLog {
  const random = xorshift(seed);
  const sessions: LoggedSession[] = [];
  let made = 0;
  for (let day = 0; made < performances; day++) {
    const date = addDays('2015-01-01', day);
    const perfs: LoggedPerformance[] = [];
    for (let order = 0; order < 6 && made < performances; order++, made++) {
      const exercise = EXERCISES[Math.floor(random() * EXERCISES.length)] ?? EXERCISES[0];
      const weight = 20 + Math.floor(random() * 100);
      perfs.push({
        order,
        exerciseName: exercise?.name ?? '',
        notes: null,
        supersetId: null,
        sets: [
          {
            index: 0,
            type: 'working',
            reps: 5 + Math.floor(random() * 6),
            weightKg: kg(weight),
            originalWeight: weight,
            originalUnit: 'kg',
            rpe: null,
            rir: null,
            restSec: null,
            distanceM: null,
            durationSec: null,
            sourceLine: 0,
          },
        ],
      });
    }
    const startedAt = `${date}T07:00:00`;
    sessions.push({
      key: startedAt,
      startedAt,
      date,
      title: 'Synthetic',
      durationMin: 60,
      notes: null,
      sessionRpe: null,
      performances: perfs,
    });
  }
  return { athleteId: 'bench', sessions };
}
