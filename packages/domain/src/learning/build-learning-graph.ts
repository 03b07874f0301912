import type { Exercise } from '../exercise/exercise.js';
import { dailyMetrics } from './daily-metrics.js';
import { exerciseDescriptors } from './exercise-descriptors.js';
import { LearningEdges } from './learning-edges.js';
import { EDGE_TYPES, featureIndex, LEARNING_FEATURE_NAMES } from './learning-features.js';
import { type AthleteLog, type ExerciseResolver, type PerformanceFacts, performanceFacts } from './performance-facts.js';
import { RuleHistory, rulePrediction } from './rule-prediction.js';

/** A node of the learning graph: one performance, and where it came from. */
export interface LearningNode {
  athleteId: string;
  sessionKey: string;
  date: string;
  exerciseKey: string;
  exerciseName: string;
  /** 0-based position of the exercise in its session. */
  order: number;
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
  /**
   * Rolling-origin evaluation: targets dated on/after this are neither train nor test (the test window
   * is [cutoffDate, testEndDate)). Default: no end.
   */
  testEndDate?: string;
  /** `observed` (default): the athlete's real next top set; `rule`: the rule-based overload output. */
  targetMode?: 'observed' | 'rule';
  /** Cross-session shared-muscle edges reach back this many days (recovery window, docs/science.md §Recovery). */
  recoveryWindowDays?: number;
  /** Minimum muscle-share overlap for a shared-muscle edge. */
  minOverlap?: number;
  /**
   * `all` (default): persistence and the rule baseline; `persistence`: skip the rule predictions
   * (`rules` stays NaN), e.g. for a training export. `rule` target mode always computes them.
   */
  baselines?: 'all' | 'persistence';
}

function overlap(a: Exercise, b: Exercise): number {
  let sum = 0;
  for (const ta of a.targets) {
    const tb = b.targets.find((t) => t.muscle === ta.muscle);
    if (tb) sum += Math.min(ta.share, tb.share);
  }
  return sum;
}

/** The study weighted edges by fatigue difference: similar fatigue, stronger coupling. */
function fatigueSimilarity(a: PerformanceFacts, b: PerformanceFacts): number {
  return a.fatigue === null || b.fatigue === null ? 0.5 : 1 / (1 + Math.abs(a.fatigue - b.fatigue));
}

const NEXT = EDGE_TYPES.indexOf('next');
const SAME_SESSION = EDGE_TYPES.indexOf('same-session');
const SHARED_MUSCLE = EDGE_TYPES.indexOf('shared-muscle');
const COL = {
  sets: featureIndex('sets'),
  reps: featureIndex('reps'),
  weightKg: featureIndex('weightKg'),
  restSec: featureIndex('restSec'),
  fatigue: featureIndex('fatigue'),
  intensity: featureIndex('intensity'),
  daysSinceLast: featureIndex('daysSinceLast'),
  volumeKg: featureIndex('volumeKg'),
  trainingLoad: featureIndex('trainingLoad'),
  trainingMonotony: featureIndex('trainingMonotony'),
  strain: featureIndex('strain'),
  rir: featureIndex('rir'),
  e1rmKg: featureIndex('e1rmKg'),
  bestE1rmKg: featureIndex('bestE1rmKg'),
  weeklyLoad: featureIndex('weeklyLoad'),
  acwr: featureIndex('acwr'),
  orderInSession: featureIndex('orderInSession'),
  hasRest: featureIndex('hasRest'),
};

/** Day numbers of `YYYY-MM-DD` strings (UTC midnight, as `dayDiff`), parsed once per distinct date. */
function dayNumbers(facts: readonly PerformanceFacts[]): Float64Array {
  const cache = new Map<string, number>();
  const out = new Float64Array(facts.length);
  facts.forEach((f, i) => {
    let d = cache.get(f.date);
    if (d === undefined) cache.set(f.date, (d = Date.parse(`${f.date}T00:00:00Z`) / 86_400_000));
    out[i] = d;
  });
  return out;
}

/**
 * Builds the learning graph (ARCHITECTURE.md "The learning problem") from workout logs: nodes =
 * performances; edges typed `next` (previous occurrence → this one), `same-session` (every pair in a
 * session, weight ∝ 1 / order distance) and `shared-muscle` (earlier session within the recovery
 * window → this one, weight ∝ muscle overlap), each also × fatigue similarity; features per
 * LEARNING_FEATURES; targets, masks and the two baselines. Deterministic for the same input.
 * Linear in nodes + edges: dates parsed once, exercise descriptors and overlaps cached per exercise.
 */
export function buildLearningGraph(logs: readonly AthleteLog[], resolve: ExerciseResolver, options: LearningGraphOptions): LearningGraph {
  const window = options.recoveryWindowDays ?? 3;
  const minOverlap = options.minOverlap ?? 0.25;
  const withRules = options.baselines !== 'persistence' || options.targetMode === 'rule';
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
  const nodes: LearningNode[] = new Array<LearningNode>(n);
  const edges = new LearningEdges(n, Math.max(1024, n * 16));
  const day = dayNumbers(facts);
  const descriptors = exerciseDescriptors(overlap);
  const history = new RuleHistory(facts);
  // Exercise ordinals of every node up front (-1 = unmapped), so shared-muscle candidates read the
  // overlap table directly.
  const exerciseOrdinal = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = (facts[i] as PerformanceFacts).exercise;
    exerciseOrdinal[i] = e ? descriptors.ordinal(e) : -1;
  }

  let sessionStart = 0;
  let sessionEnd = 0;
  let windowStart = 0;
  for (let i = 0; i < n; i++) {
    const f = facts[i] as PerformanceFacts;
    const dm = metrics[athleteOf[i] ?? 0]?.get(f.date);
    const base = i * F;
    const fatigue = f.fatigue ?? 7;
    x[base + COL.sets] = f.workingSets;
    x[base + COL.reps] = f.topReps;
    x[base + COL.weightKg] = f.topWeightKg ?? 0;
    x[base + COL.restSec] = f.restSec ?? 0;
    x[base + COL.fatigue] = fatigue;
    x[base + COL.intensity] = f.bestE1rmKg > 0 && f.topWeightKg ? f.topWeightKg / f.bestE1rmKg : 0;
    x[base + COL.daysSinceLast] = Math.min(60, f.daysSinceLast ?? 60);
    x[base + COL.volumeKg] = f.volumeKg;
    x[base + COL.trainingLoad] = dm?.load ?? 0;
    x[base + COL.trainingMonotony] = dm?.monotony ?? 0;
    x[base + COL.strain] = dm?.strain ?? 0;
    x[base + COL.rir] = 10 - fatigue;
    x[base + COL.e1rmKg] = f.e1rmKg;
    x[base + COL.bestE1rmKg] = f.bestE1rmKg;
    x[base + COL.weeklyLoad] = dm?.weeklyLoad ?? 0;
    x[base + COL.acwr] = dm?.acwr ?? 1;
    x[base + COL.orderInSession] = f.order;
    x[base + COL.hasRest] = f.restSec === null ? 0 : 1;
    const desc = descriptors.of(f.exercise);
    for (let k = 0; k < desc.columns.length; k++) x[base + (desc.columns[k] ?? 0)] = desc.values[k] ?? 0;
    prevIndex[i] = f.prev;
    persistence[i * 3] = f.topWeightKg ?? Number.NaN;
    persistence[i * 3 + 1] = f.topReps;
    persistence[i * 3 + 2] = f.restSec ?? Number.NaN;
    if (withRules) rules.set(rulePrediction(facts, i, dm?.acwr ?? null, history), i * 3);
    const next = f.next >= 0 ? facts[f.next] : undefined;
    nodes[i] = {
      athleteId: f.athleteId,
      sessionKey: f.sessionKey,
      date: f.date,
      exerciseKey: f.exerciseKey,
      exerciseName: f.exerciseName,
      order: f.order,
      targetDate: next?.date ?? null,
    };
    if (next) {
      if (options.targetMode === 'rule') y.set(rules.subarray(i * 3, i * 3 + 3), i * 3);
      else {
        y[i * 3] = next.topWeightKg !== null && next.topWeightKg > 0 ? next.topWeightKg : Number.NaN;
        y[i * 3 + 1] = next.topReps;
        y[i * 3 + 2] = next.restSec ?? Number.NaN;
      }
      if (next.date < options.cutoffDate) trainMask[i] = 1;
      else if (options.testEndDate === undefined || next.date < options.testEndDate) testMask[i] = 1;
    }

    // Row i of the CSR, sources ascending and, for one source, types ascending (next before
    // same-session or shared-muscle): earlier sessions of the athlete within the recovery window
    // (shared-muscle), the previous occurrence (next), then every peer of the same session.
    if (i >= sessionEnd) {
      sessionStart = i;
      sessionEnd = i + 1;
      while (
        sessionEnd < n &&
        (facts[sessionEnd] as PerformanceFacts).sessionKey === f.sessionKey &&
        (facts[sessionEnd] as PerformanceFacts).athleteId === f.athleteId
      )
        sessionEnd++;
      const today = day[i] ?? 0;
      windowStart = sessionStart;
      while (
        windowStart > 0 &&
        (facts[windowStart - 1] as PerformanceFacts).athleteId === f.athleteId &&
        Math.round(today - (day[windowStart - 1] ?? 0)) <= window
      )
        windowStart--;
    }
    let nextPending = f.prev >= 0;
    if (f.exercise || minOverlap <= 0) {
      const own = exerciseOrdinal[i] ?? -1;
      for (let j = windowStart; j < sessionStart; j++) {
        if (nextPending && f.prev <= j) {
          edges.add(f.prev, fatigueSimilarity(facts[f.prev] as PerformanceFacts, f), NEXT);
          nextPending = false;
        }
        const earlier = facts[j] as PerformanceFacts;
        if (earlier.date === f.date) continue;
        const theirs = exerciseOrdinal[j] ?? -1;
        const o = theirs >= 0 && own >= 0 ? descriptors.overlapByOrdinal(theirs, own) : 0;
        if (o >= minOverlap) edges.add(j, o * fatigueSimilarity(earlier, f), SHARED_MUSCLE);
      }
    }
    for (let j = sessionStart; j < sessionEnd; j++) {
      if (nextPending && f.prev <= j) {
        edges.add(f.prev, fatigueSimilarity(facts[f.prev] as PerformanceFacts, f), NEXT);
        nextPending = false;
      }
      if (j === i) continue;
      const peer = facts[j] as PerformanceFacts;
      edges.add(j, fatigueSimilarity(peer, f) / Math.max(1, Math.abs(f.order - peer.order)), SAME_SESSION);
    }
    if (nextPending) edges.add(f.prev, fatigueSimilarity(facts[f.prev] as PerformanceFacts, f), NEXT);
    edges.endRow();
  }
  return {
    numNodes: n,
    numFeatures: F,
    featureNames: LEARNING_FEATURE_NAMES,
    x,
    adjacency: edges.toCsr(),
    numTargets: 3,
    y,
    trainMask,
    testMask,
    persistence,
    rules,
    prevIndex,
    nodes,
  };
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
