import { type Capacity, type Exercise, MUSCLE_GROUP_IDS, type MuscleGroupId } from '@liftgraph/domain';
import type { PlanRequest } from '@liftgraph/domain/program';
import { MAX_SETS_PER_MUSCLE_PER_SESSION, MIN_RECOVERY_HOURS, VOLUME_LANDMARKS } from '@liftgraph/domain/science';
import type { WeeklyTarget } from '../problem/weekly-targets.js';
import type { PlanningContext } from '../rules/rule.js';

const LOOKUPS = new WeakMap<readonly Exercise[], Map<string, Exercise>>();

export function catalogLookup(catalog: readonly Exercise[]): (id: string) => Exercise | undefined {
  let map = LOOKUPS.get(catalog);
  if (!map) {
    map = new Map(catalog.map((e) => [e.id, e]));
    LOOKUPS.set(catalog, map);
  }
  const m = map;
  return (id) => m.get(id);
}

/** Targets = 0 and ceilings = MRV: enough for the hard rules when no athlete state is at hand. */
export function ceilingOnlyTargets(): Record<MuscleGroupId, WeeklyTarget> {
  const out = {} as Record<MuscleGroupId, WeeklyTarget>;
  for (const m of MUSCLE_GROUP_IDS) out[m] = { target: 0, ceiling: VOLUME_LANDMARKS[m].mrv, why: 'MRV ceiling' };
  return out;
}

export function planningContext(
  request: PlanRequest,
  catalog: readonly Exercise[],
  targets: Readonly<Record<MuscleGroupId, WeeklyTarget>> = ceilingOnlyTargets(),
  knownExercises: ReadonlySet<string> = new Set(),
  capacity: (exerciseId: string) => Capacity | null = () => null,
): PlanningContext {
  return {
    request,
    exercise: catalogLookup(catalog),
    targets,
    maxSessionSetsPerMuscle: MAX_SETS_PER_MUSCLE_PER_SESSION,
    minRecoveryHours: MIN_RECOVERY_HOURS,
    knownExercises,
    capacity,
  };
}
