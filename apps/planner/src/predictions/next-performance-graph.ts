import { buildLearningGraph, type Exercise, type LearningGraph, type LoggedSession } from '@liftgraph/domain';
import { defaultResolver } from '../problem/athlete-state.js';

/** One athlete's whole log as a learning graph, and the node of each exercise's latest performance. */
export interface NextPerformanceGraph {
  lg: LearningGraph;
  /** Catalog exercise id → node of its latest performance (its prediction is the next session's). */
  latestByExercise: Map<string, number>;
}

/**
 * The learning graph the planner predicts and explains on. The cutoff lies after every session:
 * masks do not matter for prediction. Null for an empty log.
 */
export function nextPerformanceGraph(
  athleteId: string,
  sessions: readonly LoggedSession[],
  catalog: readonly Exercise[],
): NextPerformanceGraph | null {
  if (sessions.length === 0) return null;
  const resolve = defaultResolver(catalog);
  const lg = buildLearningGraph([{ athleteId, sessions: [...sessions] }], (name) => resolve(name), {
    cutoffDate: '9999-12-31',
    baselines: 'persistence',
  });
  const latestByExercise = new Map<string, number>();
  lg.nodes.forEach((node, i) => {
    const id = resolve(node.exerciseKey)?.id ?? resolve(node.exerciseName)?.id;
    if (id !== undefined) latestByExercise.set(id, i);
  });
  return { lg, latestByExercise };
}
