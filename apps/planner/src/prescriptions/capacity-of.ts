import { type Capacity, type CapacitySet, estimateCapacity, type OverloadHistory } from '@liftgraph/domain';

/** The capacity sets of an exercise's working-set history (each set with its own load, reps and effort). */
export function capacitySets(history: OverloadHistory): CapacitySet[] {
  return history.flatMap((s) =>
    s.sets.map((set) => ({ date: s.date, weightKg: set.weightKg, reps: set.reps, rpe: set.rpe ?? null, rir: set.rir ?? null })),
  );
}

/** The domain capacity estimate of one exercise's history as of `asOf`. */
export function capacityOfHistory(history: OverloadHistory, asOf: string): Capacity | null {
  return estimateCapacity(capacitySets(history), asOf);
}
