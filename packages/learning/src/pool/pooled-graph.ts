import { type AthleteLog, buildLearningGraph, type ExerciseResolver, type LearningGraph, timelineCutoff } from '@liftgraph/domain';
import type { GraphOptions } from '../evaluate.js';

/**
 * How a population model uses the evaluated athlete's own history before the cutoff: `joint` (default)
 * trains on it together with the pool; `none` applies the pool's model to the athlete unseen (inductive).
 */
export type OwnHistory = 'joint' | 'none';

/**
 * The learning graph of a population run (`--pool`): the evaluated athlete's log and the pool's, in one
 * graph. The evaluated athlete is split at `trainFraction` of its own timeline as in per-log training
 * (test pairs only from it); every pair of the pool athletes trains, whatever its date — they are other
 * people, so their later sessions say nothing about this athlete's future.
 */
export function pooledLearningGraph(
  target: AthleteLog,
  pool: readonly AthleteLog[],
  resolve: ExerciseResolver,
  options: GraphOptions & { ownHistory?: OwnHistory } = {},
): { graph: LearningGraph; cutoffDate: string } {
  const ids = new Set(pool.map((l) => l.athleteId));
  if (ids.has(target.athleteId)) throw new Error(`the pool holds the evaluated athlete "${target.athleteId}"`);
  const dates = target.sessions.map((s) => s.date);
  const cutoffDate = timelineCutoff(dates, options.trainFraction ?? 5 / 6);
  const testEndDate =
    options.testEndFraction !== undefined && options.testEndFraction < 1 ? timelineCutoff(dates, options.testEndFraction) : undefined;
  const graph = buildLearningGraph([target, ...pool], resolve, {
    cutoffDate,
    targetMode: options.targetMode ?? 'observed',
    ...(testEndDate ? { testEndDate } : {}),
  });
  graph.nodes.forEach((node, i) => {
    if (node.athleteId === target.athleteId) {
      // Purely inductive: the athlete's own pairs before the cutoff are still in the graph (messages) but not trained on.
      if (options.ownHistory === 'none') graph.trainMask[i] = 0;
      return;
    }
    graph.testMask[i] = 0;
    graph.trainMask[i] = node.targetDate === null ? 0 : 1;
  });
  return { graph, cutoffDate };
}

/**
 * The learning graph of a whole population (`gnn train --pool`): every athlete split at `trainFraction`
 * of their own timeline (their last sixth is test), so one model learns from everyone's history and is
 * scored on everyone's future. Returns the earliest cutoff as `cutoffDate` (for the artifact's record).
 */
export function populationLearningGraph(
  logs: readonly AthleteLog[],
  resolve: ExerciseResolver,
  options: Pick<GraphOptions, 'trainFraction' | 'targetMode'> = {},
): { graph: LearningGraph; cutoffDate: string } {
  const cutoffs = new Map(
    logs
      .filter((l) => l.sessions.length > 0)
      .map((l) => [
        l.athleteId,
        timelineCutoff(
          l.sessions.map((s) => s.date),
          options.trainFraction ?? 5 / 6,
        ),
      ]),
  );
  const earliest = [...cutoffs.values()].sort()[0];
  if (earliest === undefined) throw new Error('the pool has no logged session');
  const graph = buildLearningGraph(logs, resolve, { cutoffDate: earliest, targetMode: options.targetMode ?? 'observed' });
  graph.nodes.forEach((node, i) => {
    const cut = cutoffs.get(node.athleteId) ?? earliest;
    graph.trainMask[i] = node.targetDate !== null && node.targetDate < cut ? 1 : 0;
    graph.testMask[i] = node.targetDate !== null && node.targetDate >= cut ? 1 : 0;
  });
  return { graph, cutoffDate: earliest };
}
