import {
  CONFIDENT_MATCH,
  createExerciseMatcher,
  type DumbbellRecording,
  type Exercise,
  inferDumbbellRecording,
  LIFTGRAPH_CATALOG,
  type WorkoutLog,
} from '@liftgraph/domain';

/** Logged names → catalog exercises, only on a confident match (what the importer maps; the rest are custom). */
function confidentResolver(catalog: readonly Exercise[]): (name: string) => Exercise | null {
  const matcher = createExerciseMatcher(catalog);
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const memo = new Map<string, Exercise | null>();
  return (name) => {
    let hit = memo.get(name);
    if (hit === undefined) {
      const m = matcher.match(name);
      hit = m.exerciseId !== null && m.confidence >= CONFIDENT_MATCH ? (byId.get(m.exerciseId) ?? null) : null;
      memo.set(name, hit);
    }
    return hit;
  };
}

/**
 * How an imported log records its dumbbell loads (`inferDumbbellRecording`), or null when it has no
 * per-hand lift the catalog knows (nothing to read, so nothing to ask).
 */
export function dumbbellRecordingOf(log: WorkoutLog, catalog: readonly Exercise[] = LIFTGRAPH_CATALOG): DumbbellRecording | null {
  const resolve = confidentResolver(catalog);
  const hasPerHand = log.sessions.some((s) => s.performances.some((p) => resolve(p.exerciseName)?.loading === 'per-hand'));
  return hasPerHand ? inferDumbbellRecording(log.sessions, resolve) : null;
}
