import { MUSCLE_GROUP_IDS } from '../exercise/exercise.js';

/**
 * The node features of the learning graph, in column order, with units. The study's eleven come first
 * (sets, reps, weight, rest_time, fatigue, intensity, days_since_last, volume, training_load,
 * training_monotony, strain), then what real logs carry, then exercise descriptors so models are
 * inductive over unseen exercises and athletes.
 */
export const LEARNING_FEATURES = [
  { name: 'sets', unit: 'count', doc: 'working sets of this performance' },
  { name: 'reps', unit: 'reps', doc: 'reps of the top working set (heaviest, then most reps)' },
  { name: 'weightKg', unit: 'kg', doc: 'load of the top working set (0 for unloaded bodyweight sets)' },
  { name: 'restSec', unit: 's', doc: 'mean logged rest between sets; 0 when not logged (see hasRest)' },
  { name: 'fatigue', unit: 'RPE 0-10', doc: 'top set RPE: logged, 10 − logged RIR, or the %e1RM effort proxy' },
  { name: 'intensity', unit: 'fraction', doc: 'top set load ÷ best e1RM of the exercise so far' },
  { name: 'daysSinceLast', unit: 'days', doc: 'days since the previous occurrence of the exercise (capped at 60)' },
  { name: 'volumeKg', unit: 'kg', doc: 'Σ reps × load over working sets' },
  { name: 'trainingLoad', unit: 'AU', doc: "that day's session-RPE load (duration × sRPE, proxied when missing)" },
  { name: 'trainingMonotony', unit: 'ratio', doc: 'mean / SD of the 7 daily loads ending that day (0 when undefined)' },
  { name: 'strain', unit: 'AU', doc: '7-day load × monotony (0 when undefined)' },
  { name: 'rir', unit: 'reps', doc: 'reps in reserve of the top set (10 − fatigue)' },
  { name: 'e1rmKg', unit: 'kg', doc: 'best Epley e1RM among the working sets (≤ 12 reps)' },
  { name: 'bestE1rmKg', unit: 'kg', doc: 'best e1RM of the exercise up to and including this session' },
  { name: 'weeklyLoad', unit: 'AU', doc: 'sum of the 7 daily loads ending that day' },
  { name: 'acwr', unit: 'ratio', doc: 'EWMA acute:chronic workload ratio that day (1 when undefined)' },
  { name: 'orderInSession', unit: 'index', doc: '0-based position of the exercise in the session' },
  { name: 'bodyweight', unit: 'flag', doc: '1 when the exercise moves the body (pull-up, dip)' },
  ...MUSCLE_GROUP_IDS.map((m) => ({ name: `muscle:${m}`, unit: 'share', doc: `share of the work done by ${m}` })),
  { name: 'compound', unit: 'flag', doc: '1 for compound exercises' },
  { name: 'force:push', unit: 'flag', doc: 'force vector push' },
  { name: 'force:pull', unit: 'flag', doc: 'force vector pull' },
  { name: 'force:static', unit: 'flag', doc: 'force vector static' },
  { name: 'hasRest', unit: 'flag', doc: '1 when restSec was logged' },
  { name: 'mapped', unit: 'flag', doc: '1 when the exercise name mapped to the catalog' },
] as const;

export const LEARNING_FEATURE_NAMES: readonly string[] = LEARNING_FEATURES.map((f) => f.name);

/** The three load-metric features the ablation drops ("without training_load / monotony / strain"). */
export const LOAD_METRIC_FEATURES = ['trainingLoad', 'trainingMonotony', 'strain'] as const;

/** Targets, in column order: the next top working set of the same exercise. */
export const LEARNING_TARGETS = [
  { name: 'weight', unit: 'kg' },
  { name: 'reps', unit: 'reps' },
  { name: 'rest', unit: 's' },
] as const;

export const EDGE_TYPES = ['next', 'same-session', 'shared-muscle'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export function featureIndex(name: string): number {
  const i = LEARNING_FEATURE_NAMES.indexOf(name);
  if (i < 0) throw new Error(`unknown learning feature "${name}"`);
  return i;
}
