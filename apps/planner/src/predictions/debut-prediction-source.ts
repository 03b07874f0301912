import { type Exercise, kg, type LoggedSession } from '@liftgraph/domain';
import { type DebutPredictor, type DebutQuery, debutQueries, MAX_ABS_LOG_RATIO, type NameResolver } from '@liftgraph/learning';
import type { DebutEstimate, DebutSource } from '../prescriptions/debut-load.js';

export interface DebutSourceOptions {
  predictor: DebutPredictor;
  athleteId: string;
  /** The athlete's log, oldest first. */
  sessions: readonly LoggedSession[];
  /** Logged names → exercises (the catalog when it matches, else a custom exercise), as the model was trained. */
  resolve: NameResolver;
  /** Per-hand exercises: 0.5 when the log's dumbbell numbers are read as both together (athleteState), else 1. */
  perHandFactor: number;
  onWarning?: (message: string) => void;
}

/**
 * The debut query of `exercise` on `date`: the athlete's history strictly before `date` by logged name,
 * built by the one definition of it (debutQueries) over the log plus a placeholder session that day
 * holding the exercise (its 1 kg × 1 is the query's unused target). Null when the exercise's name is
 * already in the log (not a debut) or nothing loaded was logged before `date`.
 */
export function debutQueryAt(
  athleteId: string,
  sessions: readonly LoggedSession[],
  resolve: NameResolver,
  exercise: Exercise,
  date: string,
): DebutQuery | null {
  const before = sessions.filter((s) => s.date < date);
  const placeholder: LoggedSession = {
    key: `${date}T00:00:00-debut`,
    startedAt: `${date}T00:00:00`,
    date,
    title: null,
    durationMin: null,
    notes: null,
    sessionRpe: null,
    performances: [
      {
        order: 0,
        exerciseName: exercise.name,
        notes: null,
        supersetId: null,
        sets: [
          {
            index: 0,
            type: 'working',
            reps: 1,
            weightKg: kg(1),
            originalWeight: 1,
            originalUnit: 'kg',
            rpe: null,
            rir: null,
            restSec: null,
            distanceM: null,
            durationSec: null,
            sourceLine: 0,
          },
        ],
      },
    ],
  };
  const resolveHere: NameResolver = (name) => (name === exercise.name ? exercise : resolve(name));
  const query = debutQueries(athleteId, [...before, placeholder], resolveHere, (d) => d === date).find((q) => q.name === exercise.name);
  return query && query.history.length > 0 ? query : null;
}

/** The served debut model as the planner's DebutSource for one athlete's log (memoized per exercise and date). */
export function debutPredictionSource(o: DebutSourceOptions): DebutSource {
  const memo = new Map<string, DebutEstimate | null>();
  const estimate = (exercise: Exercise, date: string): DebutEstimate | null => {
    const query = debutQueryAt(o.athleteId, o.sessions, o.resolve, exercise, date);
    if (query === null) return null;
    try {
      const [p] = o.predictor.predict([query]);
      if (!p) return null;
      // Outside the band the model was trained on (targets clipped at ±MAX_ABS_LOG_RATIO off the reference): not trusted.
      const off = Math.log(p.kg / p.reference.kg);
      if (!Number.isFinite(off) || Math.abs(off) > MAX_ABS_LOG_RATIO) {
        o.onWarning?.(
          `debut model ignored for ${exercise.name}: ${p.kg.toFixed(1)} kg is more than e^${MAX_ABS_LOG_RATIO} off its reference (${p.reference.kg.toFixed(1)} kg from ${p.reference.name}), first-exposure rules`,
        );
        return null;
      }
      const factor = exercise.loading === 'per-hand' ? o.perHandFactor : 1;
      return { kg: p.kg * factor, typicalReps: query.typicalReps, reference: p.reference };
    } catch (error) {
      o.onWarning?.(`debut model failed for ${exercise.name}, first-exposure rules: ${(error as Error).message}`);
      return null;
    }
  };
  return {
    id: 'debut-model',
    predict(exercise, date) {
      const key = `${exercise.id}|${date}`;
      if (!memo.has(key)) memo.set(key, estimate(exercise, date));
      return memo.get(key) ?? null;
    },
  };
}
