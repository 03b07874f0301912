import { customExerciseFor, estimateCapacity, type Exercise } from '@liftgraph/domain';
import type { DebutQuery, NameResolver } from '@liftgraph/learning';
import { firstExposureLoad, LOAD_GUARD, priorRatio } from '@liftgraph/planner';
import { catalogResolver } from './catalog-resolver.js';

/** Names → the catalog exercise when the matcher is confident, else a custom exercise inferred from the name. */
export function debutNameResolver(): NameResolver {
  const catalog = catalogResolver();
  return (name) => catalog(name) ?? customExerciseFor(name);
}

/** The prior strength ratio between two exercises: the planner's pattern × equipment strength standards (one definition, in the planner). */
export const plannerPriorRatio: (from: Exercise, to: Exercise) => number = priorRatio;

/**
 * `catalogDefault`: what the planner prescribes today for a never-done exercise — a first-exposure load
 * (transfer from the most related logged lift's capacity, else a body-weight default) for the athlete's
 * typical reps, from the history before the debut.
 */
export function plannerDebutDefault(q: DebutQuery): number | null {
  const byId = new Map<string, { exercise: Exercise; sets: DebutQuery['history'][number]['sets'] }>();
  for (const r of q.history) {
    const seen = byId.get(r.exercise.id);
    byId.set(r.exercise.id, { exercise: r.exercise, sets: [...(seen?.sets ?? []), ...r.sets] });
  }
  const { loadKg } = firstExposureLoad(
    {
      exercise: q.exercise,
      reps: q.typicalReps,
      targetRpe: LOAD_GUARD.firstExposureRpe,
      capacityOf: (id) => {
        const entry = byId.get(id);
        return entry ? estimateCapacity(entry.sets, q.date) : null;
      },
      knownExerciseIds: [...byId.keys()],
      lookup: (id) => byId.get(id)?.exercise,
      profile: {},
    },
    null,
  );
  return loadKg > 0 ? loadKg : null;
}
