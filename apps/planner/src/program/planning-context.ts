import { type Capacity, type Exercise, type Level, MUSCLE_GROUP_IDS, type MuscleGroupId } from '@liftgraph/domain';
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
  level: Level = 'intermediate',
): PlanningContext {
  return {
    allowed: allowedExercises(request, catalog),
    level,
    request,
    exercise: catalogLookup(catalog),
    targets,
    maxSessionSetsPerMuscle: MAX_SETS_PER_MUSCLE_PER_SESSION,
    minRecoveryHours: MIN_RECOVERY_HOURS,
    knownExercises,
    capacity,
  };
}

/** The catalog exercises a request allows: its equipment, minus excluded exercises and exercises touching an excluded muscle. */
export function allowedExercises(request: PlanRequest, catalog: readonly Exercise[]): Exercise[] {
  const equipment = new Set<string>(request.equipment);
  const excludedIds = new Set(request.excludedExerciseIds);
  const excludedMuscles = new Set<string>(request.excludedMuscles);
  return catalog.filter(
    (e) => equipment.has(e.equipment) && !excludedIds.has(e.id) && !e.targets.some((t) => excludedMuscles.has(t.muscle)),
  );
}

/** The athlete's level for planning: the profile's, else from the log's size (none: beginner; > 150 sessions: expert). */
export function athleteLevel(sessionCount: number, profileLevel?: Level): Level {
  return profileLevel ?? (sessionCount === 0 ? 'beginner' : sessionCount > 150 ? 'expert' : 'intermediate');
}
