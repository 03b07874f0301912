import { dayNumber } from './day-number.js';
import { EdgeList, muscleOverlap, toCsr, type Csr } from './learning-graph.js';
import { type DayLoadFeatures, type ExerciseDescriptor, NUM_FEATURES, type PerformanceColumns, TARGET_NAMES } from './subgraph-features.js';

export interface LearningGraphOptions {
  /** First node date (older performances still feed history features). */
  from: string | null;
  /** Nodes whose target (next performance) is on or after this date are test nodes. */
  testFrom: string | null;
  /** Optional validation split: targets in [valFrom, testFrom). */
  valFrom: string | null;
  /** Cross-session shared-muscle edges reach back this many days (default 3: the 48–72 h window). */
  recoveryDays: number;
  /** Cross-session edges kept per node (strongest first) and the minimum muscle overlap. */
  crossSessionPerNode: number;
  minOverlap: number;
}

export interface LearningGraph {
  nodeIds: string[];
  nodeDates: string[];
  x: Float32Array;
  y: Float32Array;
  targetKnown: Uint8Array;
  trainMask: Uint8Array;
  valMask: Uint8Array;
  testMask: Uint8Array;
  adjacency: Csr;
  testFrom: string;
}

const NO_EXERCISE: ExerciseDescriptor = { compound: false, force: null, bodyweight: false, muscles: new Float32Array(17) };
const NO_LOAD: DayLoadFeatures = { weekly: 0, monotony: 0, strain: 0, acwr: 0 };

/** Builds features, targets, masks and typed weighted edges from time-ordered performance columns. */
export function buildLearningGraph(
  c: PerformanceColumns,
  exercises: ReadonlyMap<string, ExerciseDescriptor>,
  loads: ReadonlyMap<string, ReadonlyMap<string, DayLoadFeatures>>,
  sessionLoad: ReadonlyMap<string, number>,
  opts: LearningGraphOptions,
): LearningGraph {
  const n = c.id.length;
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const all = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => cmp(c.athleteId[a] ?? '', c.athleteId[b] ?? '') || cmp(c.startedAt[a] ?? '', c.startedAt[b] ?? '') ||
      cmp(c.sessionId[a] ?? '', c.sessionId[b] ?? '') || (c.order[a] ?? 0) - (c.order[b] ?? 0),
  );
  const day = c.date.map(dayNumber);
  const prev = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const best = new Float64Array(n);
  const last = new Map<string, number>();
  for (const i of all) {
    const k = `${c.athleteId[i]}|${c.exerciseId[i]}`;
    const p = last.get(k);
    if (p !== undefined) [prev[i], next[p]] = [p, i];
    best[i] = Math.max(p === undefined ? 0 : (best[p] ?? 0), c.e1rmKg[i] ?? 0);
    last.set(k, i);
  }
  const selected = all.filter((i) => opts.from === null || (c.date[i] ?? '') >= opts.from);
  const nodeOf = new Int32Array(n).fill(-1);
  selected.forEach((i, node) => (nodeOf[i] = node));
  const N = selected.length;
  const sortedDates = selected.map((i) => c.date[i] ?? '').sort();
  const testFrom = opts.testFrom ?? sortedDates[Math.floor((sortedDates.length * 5) / 6)] ?? '9999-12-31';
  const trainUntil = opts.valFrom ?? testFrom;

  const x = new Float32Array(N * NUM_FEATURES);
  const y = new Float32Array(N * TARGET_NAMES.length);
  const known = new Uint8Array(N * TARGET_NAMES.length);
  const [trainMask, valMask, testMask] = [new Uint8Array(N), new Uint8Array(N), new Uint8Array(N)];
  selected.forEach((i, node) => {
    const ex = exercises.get(c.exerciseId[i] ?? '') ?? NO_EXERCISE;
    const load = loads.get(c.athleteId[i] ?? '')?.get(c.date[i] ?? '') ?? NO_LOAD;
    const p = prev[i] ?? -1;
    const rest = c.restSec[i] ?? -1;
    const rpe = c.rpe[i] ?? -1;
    const rir = c.rir[i] ?? -1;
    const b = best[i] ?? 0;
    const row = [
      c.sets[i] ?? 0, c.reps[i] ?? 0, c.weightKg[i] ?? 0, Math.max(0, rest), rest >= 0 ? 1 : 0, Math.max(0, rpe), rpe >= 0 ? 1 : 0,
      Math.max(0, rir), rir >= 0 ? 1 : 0, b > 0 ? (c.weightKg[i] ?? 0) / b : 0,
      p < 0 ? 0 : (day[i] ?? 0) - (day[p] ?? 0), p < 0 ? 1 : 0, c.volumeKg[i] ?? 0, sessionLoad.get(c.sessionId[i] ?? '') ?? 0,
      load.weekly, load.monotony, load.strain, load.acwr, c.e1rmKg[i] ?? 0, c.order[i] ?? 0,
      ex.compound ? 1 : 0, ex.force === 'push' ? 1 : 0, ex.force === 'pull' ? 1 : 0, ex.force === 'static' ? 1 : 0, ex.bodyweight ? 1 : 0,
    ];
    x.set(row, node * NUM_FEATURES);
    x.set(ex.muscles, node * NUM_FEATURES + row.length);
    const j = next[i] ?? -1;
    if (j < 0) return;
    const nextRest = c.restSec[j] ?? -1;
    y.set([c.weightKg[j] ?? 0, c.reps[j] ?? 0, Math.max(0, nextRest)], node * 3);
    known.set([1, 1, nextRest >= 0 ? 1 : 0], node * 3);
    const targetDate = c.date[j] ?? '';
    if (targetDate < trainUntil) trainMask[node] = 1;
    else if (targetDate < testFrom) valMask[node] = 1;
    else testMask[node] = 1;
  });
  const edges = learningEdges(c, exercises, selected, nodeOf, prev, day, opts);
  return {
    nodeIds: selected.map((i) => c.id[i] ?? ''), nodeDates: selected.map((i) => c.date[i] ?? ''),
    x, y, targetKnown: known, trainMask, valMask, testMask, adjacency: toCsr(N, edges), testFrom,
  };
}

// Every edge points from a node dated on or before its target's date, so no message carries
// information from a later day into an earlier node (the no-leakage property the tests check).
function learningEdges(
  c: PerformanceColumns, exercises: ReadonlyMap<string, ExerciseDescriptor>, selected: number[], nodeOf: Int32Array,
  prev: Int32Array, day: number[], opts: LearningGraphOptions,
): EdgeList {
  const edges = new EdgeList();
  const byExercise = new Map<string, Float32Array>();
  for (const [id, e] of exercises) byExercise.set(id, e.muscles);
  const vectors = c.exerciseId.map((id) => byExercise.get(id) ?? NO_EXERCISE.muscles);
  const muscles = (i: number): Float32Array => vectors[i] ?? NO_EXERCISE.muscles;
  for (let s = 0; s < selected.length; s += 1) {
    const i = selected[s] ?? 0;
    const node = nodeOf[i] ?? 0;
    // same-session coupling: the two exercises before this one, both directions; w = (1 + overlap) / (1 + distance)
    for (let back = 1; back <= 2 && s - back >= 0; back += 1) {
      const j = selected[s - back] ?? 0;
      if (c.sessionId[j] !== c.sessionId[i]) break;
      const w = (1 + muscleOverlap(muscles(i), muscles(j))) / (1 + back);
      edges.add(nodeOf[j] ?? 0, node, w, 0);
      edges.add(node, nodeOf[j] ?? 0, w, 0);
    }
    // temporal: previous occurrence of the same exercise → this one; w = 1 / (1 + Δdays / 7)
    const p = prev[i] ?? -1;
    if (p >= 0 && (nodeOf[p] ?? -1) >= 0) edges.add(nodeOf[p] ?? 0, node, 1 / (1 + ((day[i] ?? 0) - (day[p] ?? 0)) / 7), 1);
    // cross-session shared muscle within the recovery window: w = overlap × (1 − Δdays / (R + 1)), top-k
    const cands: Array<[number, number]> = [];
    for (let t = s - 1; t >= 0; t -= 1) {
      const j = selected[t] ?? 0;
      if (c.athleteId[j] !== c.athleteId[i]) break;
      const dd = (day[i] ?? 0) - (day[j] ?? 0);
      if (dd > opts.recoveryDays) break;
      if (c.sessionId[j] === c.sessionId[i] || c.exerciseId[j] === c.exerciseId[i]) continue;
      const overlap = muscleOverlap(muscles(i), muscles(j));
      if (overlap >= opts.minOverlap) cands.push([j, overlap * (1 - dd / (opts.recoveryDays + 1))]);
    }
    cands.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [j, w] of cands.slice(0, opts.crossSessionPerNode)) edges.add(nodeOf[j] ?? 0, node, w, 2);
  }
  return edges;
}
