import { buildLearningGraph, type Exercise, type LearningGraph, type LoggedSession } from '@liftgraph/domain';
import { defaultResolver } from '../problem/athlete-state.js';

/** One athlete's whole log as a learning graph, and the node of each exercise's latest performance. */
export interface NextPerformanceGraph {
  lg: LearningGraph;
  /** Catalog exercise id → node of its latest performance (its prediction is the next session's). */
  latestByExercise: Map<string, number>;
}

/** Graphs kept (least recently used out): building one is 74–83 % of a prediction call (bench:gnn --latency). */
const CACHE_SIZE = 32;
const cache = new Map<string, NextPerformanceGraph>();

/**
 * What the graph depends on, cheaply: every session's key, date and sets (count, reps and loads), in
 * order, and the catalog's size. Any edit to any set changes it; O(sets) additions, far below the build.
 */
function fingerprint(athleteId: string, sessions: readonly LoggedSession[], catalog: readonly Exercise[]): string {
  let h = 2166136261;
  const mix = (v: number): void => {
    h = Math.imul(h ^ (v | 0), 16777619);
    h = Math.imul(h ^ Math.round((v % 1) * 1e6), 16777619);
  };
  for (const s of sessions) {
    for (let k = 0; k < s.key.length; k++) mix(s.key.charCodeAt(k));
    for (const p of s.performances) {
      for (let k = 0; k < p.exerciseName.length; k++) mix(p.exerciseName.charCodeAt(k));
      for (const set of p.sets) {
        mix(set.reps ?? -1);
        mix(set.weightKg ?? -1);
        mix(set.rpe ?? -1);
        mix(set.rir ?? -1);
        mix(set.restSec ?? -1);
        mix(set.type.length);
      }
    }
  }
  return `${athleteId}|${sessions.length}|${catalog.length}|${h >>> 0}`;
}

/**
 * The learning graph the planner predicts and explains on. The cutoff lies after every session:
 * masks do not matter for prediction. Null for an empty log. The same log (by `fingerprint`) gets the
 * same graph object back from a small cache; callers must not mutate it.
 */
export function nextPerformanceGraph(
  athleteId: string,
  sessions: readonly LoggedSession[],
  catalog: readonly Exercise[],
): NextPerformanceGraph | null {
  if (sessions.length === 0) return null;
  const key = fingerprint(athleteId, sessions, catalog);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const built = buildNextPerformanceGraph(athleteId, sessions, catalog);
  cache.set(key, built);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return built;
}

function buildNextPerformanceGraph(
  athleteId: string,
  sessions: readonly LoggedSession[],
  catalog: readonly Exercise[],
): NextPerformanceGraph {
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
