import { MUSCLE_GROUP_IDS } from '../exercise/exercise.js';
import { dailyMetrics } from './daily-metrics.js';
import { EDGE_TYPES, LEARNING_FEATURE_NAMES } from './learning-features.js';
import { type AthleteLog, dayDiff, type ExerciseResolver, type PerformanceFacts, performanceFacts } from './performance-facts.js';
import { rulePrediction } from './rule-prediction.js';

/** A node of the learning graph: one performance, and where it came from. */
export interface LearningNode {
  athleteId: string;
  sessionKey: string;
  date: string;
  exerciseKey: string;
  exerciseName: string;
  /** Date of the next occurrence of the exercise (the target), or null. */
  targetDate: string | null;
}

/**
 * The learning graph as plain typed arrays; structurally the `GraphData` of `@liftgraph/gnn`
 * (CSR rows = message targets). Edges only carry information forward in time (or within a session),
 * so no node ever aggregates anything from a later session — in particular not its own target.
 */
export interface LearningGraph {
  numNodes: number;
  numFeatures: number;
  featureNames: readonly string[];
  x: Float32Array;
  adjacency: { numNodes: number; rowPtr: Int32Array; colIdx: Int32Array; edgeWeight: Float32Array; edgeType: Uint8Array };
  numTargets: 3;
  /** [N, 3] next weight (kg), reps, rest (s); NaN where unknown (no next occurrence, unloaded, rest not logged). */
  y: Float32Array;
  trainMask: Uint8Array;
  testMask: Uint8Array;
  /** [N, 3] the persistence ("repeat last time") and rule-based predictions for the next occurrence. */
  persistence: Float32Array;
  rules: Float32Array;
  /** Previous occurrence of the same exercise (node index) or -1: the chain LSTM baselines read. */
  prevIndex: Int32Array;
  nodes: LearningNode[];
}

export interface LearningGraphOptions {
  /** Targets dated on/after this `YYYY-MM-DD` are test; before it, train. */
  cutoffDate: string;
  /** `observed` (default): the athlete's real next top set; `rule`: the rule-based overload output. */
  targetMode?: 'observed' | 'rule';
  /** Cross-session shared-muscle edges reach back this many days (recovery window, SCIENCE.md). */
  recoveryWindowDays?: number;
  /** Minimum muscle-share overlap for a shared-muscle edge. */
  minOverlap?: number;
}

function overlap(a: PerformanceFacts, b: PerformanceFacts): number {
  if (!a.exercise || !b.exercise) return 0;
  let sum = 0;
  for (const ta of a.exercise.targets) {
    const tb = b.exercise.targets.find((t) => t.muscle === ta.muscle);
    if (tb) sum += Math.min(ta.share, tb.share);
  }
  return sum;
}

/** The study weighted edges by fatigue difference: similar fatigue, stronger coupling. */
function fatigueSimilarity(a: PerformanceFacts, b: PerformanceFacts): number {
  return a.fatigue === null || b.fatigue === null ? 0.5 : 1 / (1 + Math.abs(a.fatigue - b.fatigue));
}

/**
 * Builds the learning graph (ARCHITECTURE.md "The learning problem") from workout logs: nodes =
 * performances; edges typed `next` (previous occurrence → this one), `same-session` (every pair in a
 * session, weight ∝ 1 / order distance) and `shared-muscle` (earlier session within the recovery
 * window → this one, weight ∝ muscle overlap), each also × fatigue similarity; features per
 * LEARNING_FEATURES; targets, masks and the two baselines. Deterministic for the same input.
 */
export function buildLearningGraph(logs: readonly AthleteLog[], resolve: ExerciseResolver, options: LearningGraphOptions): LearningGraph {
  const window = options.recoveryWindowDays ?? 3;
  const minOverlap = options.minOverlap ?? 0.25;
  const ordered = [...logs].sort((a, b) => (a.athleteId < b.athleteId ? -1 : a.athleteId > b.athleteId ? 1 : 0));
  const facts: PerformanceFacts[] = [];
  const metrics: ReturnType<typeof dailyMetrics>[] = [];
  const athleteOf: number[] = [];
  for (const log of ordered) {
    const offset = facts.length;
    const own = performanceFacts(log, resolve);
    for (const f of own) {
      if (f.prev >= 0) f.prev += offset;
      if (f.next >= 0) f.next += offset;
      facts.push(f);
      athleteOf.push(metrics.length);
    }
    metrics.push(dailyMetrics(log.sessions));
  }
  const n = facts.length;
  const F = LEARNING_FEATURE_NAMES.length;
  const x = new Float32Array(n * F);
  const y = new Float32Array(n * 3).fill(Number.NaN);
  const persistence = new Float32Array(n * 3).fill(Number.NaN);
  const rules = new Float32Array(n * 3).fill(Number.NaN);
  const trainMask = new Uint8Array(n);
  const testMask = new Uint8Array(n);
  const prevIndex = new Int32Array(n);
  const nodes: LearningNode[] = [];
  const src: number[] = [];
  const dst: number[] = [];
  const weight: number[] = [];
  const type: number[] = [];
  const edge = (from: number, to: number, w: number, t: (typeof EDGE_TYPES)[number]) => {
    src.push(from);
    dst.push(to);
    weight.push(w);
    type.push(EDGE_TYPES.indexOf(t));
  };

  let sessionStart = 0;
  for (let i = 0; i < n; i++) {
    const f = facts[i] as PerformanceFacts;
    const day = metrics[athleteOf[i] ?? 0]?.get(f.date);
    const row = x.subarray(i * F, (i + 1) * F);
    const fatigue = f.fatigue ?? 7;
    const values = [
      f.workingSets, f.topReps, f.topWeightKg ?? 0, f.restSec ?? 0, fatigue,
      f.bestE1rmKg > 0 && f.topWeightKg ? f.topWeightKg / f.bestE1rmKg : 0, Math.min(60, f.daysSinceLast ?? 60), f.volumeKg,
      day?.load ?? 0, day?.monotony ?? 0, day?.strain ?? 0, 10 - fatigue, f.e1rmKg, f.bestE1rmKg, day?.weeklyLoad ?? 0,
      day?.acwr ?? 1, f.order, f.exercise?.bodyweight ? 1 : 0,
      ...MUSCLE_GROUP_IDS.map((m) => f.exercise?.targets.find((t) => t.muscle === m)?.share ?? 0),
      f.exercise?.mechanic === 'compound' ? 1 : 0, f.exercise?.force === 'push' ? 1 : 0, f.exercise?.force === 'pull' ? 1 : 0,
      f.exercise?.force === 'static' ? 1 : 0, f.restSec === null ? 0 : 1, f.exercise ? 1 : 0,
    ];
    row.set(values);
    prevIndex[i] = f.prev;
    persistence.set([f.topWeightKg ?? Number.NaN, f.topReps, f.restSec ?? Number.NaN], i * 3);
    rules.set(rulePrediction(facts, i, day?.acwr ?? null), i * 3);
    const next = f.next >= 0 ? facts[f.next] : undefined;
    nodes.push({ athleteId: f.athleteId, sessionKey: f.sessionKey, date: f.date, exerciseKey: f.exerciseKey, exerciseName: f.exerciseName, targetDate: next?.date ?? null });
    if (next) {
      if (options.targetMode === 'rule') y.set(rules.subarray(i * 3, i * 3 + 3), i * 3);
      else y.set([next.topWeightKg !== null && next.topWeightKg > 0 ? next.topWeightKg : Number.NaN, next.topReps, next.restSec ?? Number.NaN], i * 3);
      if (next.date < options.cutoffDate) trainMask[i] = 1;
      else testMask[i] = 1;
    }

    // Edges into i: previous occurrence, same-session peers, earlier sessions within the recovery window.
    if (f.prev >= 0) edge(f.prev, i, fatigueSimilarity(facts[f.prev] as PerformanceFacts, f), 'next');
    const prevFacts = facts[i - 1];
    if (i === 0 || !prevFacts || prevFacts.sessionKey !== f.sessionKey || prevFacts.athleteId !== f.athleteId) sessionStart = i;
    for (let j = sessionStart; j < i; j++) {
      const peer = facts[j] as PerformanceFacts;
      const w = fatigueSimilarity(peer, f) / Math.max(1, Math.abs(f.order - peer.order));
      edge(j, i, w, 'same-session');
      edge(i, j, w, 'same-session');
    }
    for (let j = sessionStart - 1; j >= 0; j--) {
      const earlier = facts[j] as PerformanceFacts;
      if (earlier.athleteId !== f.athleteId || dayDiff(earlier.date, f.date) > window) break;
      if (earlier.date === f.date) continue;
      const o = overlap(earlier, f);
      if (o >= minOverlap) edge(j, i, o * fatigueSimilarity(earlier, f), 'shared-muscle');
    }
  }
  return { numNodes: n, numFeatures: F, featureNames: LEARNING_FEATURE_NAMES, x, adjacency: toCsr(n, src, dst, weight, type), numTargets: 3, y, trainMask, testMask, persistence, rules, prevIndex, nodes };
}

/** COO → CSR with rows = targets (message receivers), columns sorted within a row for determinism. */
function toCsr(n: number, src: number[], dst: number[], weight: number[], type: number[]): LearningGraph['adjacency'] {
  const order = src.map((_, e) => e).sort((a, b) => (dst[a] ?? 0) - (dst[b] ?? 0) || (src[a] ?? 0) - (src[b] ?? 0) || (type[a] ?? 0) - (type[b] ?? 0));
  const rowPtr = new Int32Array(n + 1);
  for (const d of dst) rowPtr[d + 1] = (rowPtr[d + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) rowPtr[i + 1] = (rowPtr[i + 1] ?? 0) + (rowPtr[i] ?? 0);
  const colIdx = new Int32Array(order.length);
  const edgeWeight = new Float32Array(order.length);
  const edgeType = new Uint8Array(order.length);
  order.forEach((e, k) => {
    colIdx[k] = src[e] ?? 0;
    edgeWeight[k] = weight[e] ?? 0;
    edgeType[k] = type[e] ?? 0;
  });
  return { numNodes: n, rowPtr, colIdx, edgeWeight, edgeType };
}

/** The date that starts the last `1 − fraction` of the timeline between the first and last date. */
export function timelineCutoff(dates: readonly string[], fraction = 5 / 6): string {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) throw new Error('timelineCutoff needs at least one date');
  const t = Date.parse(`${first}T00:00:00Z`) + fraction * (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`));
  return new Date(Math.ceil(t / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}
