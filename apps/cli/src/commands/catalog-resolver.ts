import { CONFIDENT_MATCH, createExerciseMatcher, type Exercise, type ExerciseResolver, LIFTGRAPH_CATALOG } from '@liftgraph/domain';

/** Logged names → catalog exercises, only when the matcher is confident (else the name stays custom). */
export function catalogResolver(catalog: readonly Exercise[] = LIFTGRAPH_CATALOG): ExerciseResolver {
  const matcher = createExerciseMatcher(catalog);
  const byId = new Map(catalog.map((e) => [e.id, e]));
  return (name) => {
    const m = matcher.match(name);
    return m.exerciseId !== null && m.confidence >= CONFIDENT_MATCH ? (byId.get(m.exerciseId) ?? null) : null;
  };
}
