import { describe, expect, it } from 'vitest';
import { LIFTGRAPH_CATALOG } from '../catalog/liftgraph-catalog.js';
import type { Exercise } from '../exercise/exercise.js';
import type { LoggedSession, LoggedSet } from '../log/workout-log.js';
import { kg } from '../units.js';
import { buildLearningGraph, timelineCutoff } from './build-learning-graph.js';
import { EDGE_TYPES, featureIndex, LEARNING_FEATURE_NAMES } from './learning-features.js';

const byName = new Map(LIFTGRAPH_CATALOG.map((e) => [e.name.toLowerCase(), e]));
const resolve = (name: string): Exercise | null => byName.get(name.toLowerCase()) ?? null;
const SQUAT = LIFTGRAPH_CATALOG.find((e) => e.pattern === 'squat' && e.equipment === 'barbell')?.name ?? 'missing';
const BENCH = LIFTGRAPH_CATALOG.find((e) => e.pattern === 'horizontal-push' && e.equipment === 'barbell')?.name ?? 'missing';

function set(weightKg: number | null, reps: number, type: LoggedSet['type'] = 'working'): LoggedSet {
  return {
    index: 0,
    type,
    reps,
    weightKg: weightKg === null ? null : kg(weightKg),
    originalWeight: weightKg,
    originalUnit: 'kg',
    rpe: null,
    rir: null,
    restSec: null,
    distanceM: null,
    durationSec: null,
    sourceLine: 0,
  };
}

function session(date: string, perfs: [string, LoggedSet[]][]): LoggedSession {
  return {
    key: `${date}T10:00:00`,
    startedAt: `${date}T10:00:00`,
    date,
    title: null,
    durationMin: 60,
    notes: null,
    sessionRpe: null,
    performances: perfs.map(([exerciseName, sets], order) => ({ order, exerciseName, sets, notes: null, supersetId: null })),
  };
}

// Squat three times, bench twice; the last squat lands after the cutoff.
const log = [
  session('2024-01-01', [
    [SQUAT, [set(40, 5, 'warmup'), set(100, 5), set(100, 5)]],
    [BENCH, [set(80, 5)]],
  ]),
  session('2024-01-03', [
    [SQUAT, [set(102.5, 5), set(105, 3)]],
    [BENCH, [set(82.5, 5)]],
  ]),
  session('2024-01-10', [[SQUAT, [set(105, 5)]]]),
];

describe('buildLearningGraph', () => {
  const g = buildLearningGraph([{ athleteId: 'a1', sessions: log }], resolve, { cutoffDate: '2024-01-05' });

  it('should make one node per performance with the documented feature width', () => {
    expect(g.numNodes).toBe(5);
    expect(g.numFeatures).toBe(LEARNING_FEATURE_NAMES.length);
    expect(g.x.length).toBe(5 * g.numFeatures);
  });

  it('should take the top working set (heaviest, then most reps) and ignore warm-ups', () => {
    const w = featureIndex('weightKg');
    const sets = featureIndex('sets');
    expect(g.x[0 * g.numFeatures + w]).toBe(100);
    expect(g.x[0 * g.numFeatures + sets]).toBe(2);
    expect(g.x[2 * g.numFeatures + w]).toBe(105); // 105 × 3 beats 102.5 × 5 on load
  });

  it('should target the next occurrence and split train/test by the target date', () => {
    expect(Array.from(g.y.subarray(0, 3))).toEqual([105, 3, Number.NaN]); // squat 1 → squat 2's top set
    expect(Array.from(g.trainMask)).toEqual([1, 1, 0, 0, 0]);
    expect(Array.from(g.testMask)).toEqual([0, 0, 1, 0, 0]); // squat 2 → squat 3 (2024-01-10 ≥ cutoff)
  });

  it('should give persistence as the node itself', () => {
    expect(Array.from(g.persistence.subarray(2 * 3, 2 * 3 + 2))).toEqual([105, 3]);
  });

  it('should never send a message from a later session to an earlier one (no target leakage)', () => {
    const { rowPtr, colIdx } = g.adjacency;
    for (let target = 0; target < g.numNodes; target++) {
      for (let k = rowPtr[target] ?? 0; k < (rowPtr[target + 1] ?? 0); k++) {
        const source = colIdx[k] ?? 0;
        expect((g.nodes[source]?.date ?? '9999') <= (g.nodes[target]?.date ?? '')).toBe(true);
      }
    }
  });

  it('should build a valid CSR with typed edges', () => {
    const { rowPtr, colIdx, edgeType, edgeWeight } = g.adjacency;
    expect(rowPtr.length).toBe(g.numNodes + 1);
    expect(rowPtr[g.numNodes]).toBe(colIdx.length);
    for (let i = 0; i < g.numNodes; i++) expect(rowPtr[i + 1] ?? 0).toBeGreaterThanOrEqual(rowPtr[i] ?? 0);
    expect(new Set(edgeType)).toEqual(new Set([0, 1, 2].filter((t) => edgeType.includes(t))));
    expect(edgeType.includes(EDGE_TYPES.indexOf('next'))).toBe(true);
    expect(edgeWeight.every((w) => w > 0 && Number.isFinite(w))).toBe(true);
  });

  it('should be deterministic', () => {
    const again = buildLearningGraph([{ athleteId: 'a1', sessions: [...log].reverse() }], resolve, { cutoffDate: '2024-01-05' });
    expect(again.x).toEqual(g.x);
    expect(again.adjacency.colIdx).toEqual(g.adjacency.colIdx);
  });

  it('should skip only the rule baseline when asked for persistence alone', () => {
    const p = buildLearningGraph([{ athleteId: 'a1', sessions: log }], resolve, { cutoffDate: '2024-01-05', baselines: 'persistence' });
    expect(p.rules.every(Number.isNaN)).toBe(true);
    expect(p.x).toEqual(g.x);
    expect(p.adjacency).toEqual(g.adjacency);
    expect(p.y).toEqual(g.y);
    expect(g.rules.some((v) => !Number.isNaN(v))).toBe(true);
  });

  it('should use the rule output as the target in rule mode', () => {
    const r = buildLearningGraph([{ athleteId: 'a1', sessions: log }], resolve, { cutoffDate: '2024-01-05', targetMode: 'rule' });
    expect(Array.from(r.y.subarray(0, 3))).toEqual(Array.from(r.rules.subarray(0, 3)));
  });
});

describe('buildLearningGraph with an exercise repeated within a session (issue #16 leak)', () => {
  // Squat, bench, then squat again (a back-off block) on 01-01; squat again on 01-03. Were the two
  // 01-01 squats two nodes, the first would target the second, one same-session hop away.
  const repeated = [
    session('2024-01-01', [
      [SQUAT, [set(100, 5), set(100, 5)]],
      [BENCH, [set(80, 5)]],
      [SQUAT, [set(110, 2), set(90, 8)]],
    ]),
    session('2024-01-03', [
      [SQUAT, [set(102.5, 5)]],
      [BENCH, [set(82.5, 5)]],
    ]),
  ];
  const r = buildLearningGraph([{ athleteId: 'a1', sessions: repeated }], resolve, { cutoffDate: '2024-01-02' });

  it('should make one node per exercise per session, holding every set of it', () => {
    expect(r.numNodes).toBe(4);
    const first = r.nodes.findIndex((n) => n.date === '2024-01-01' && n.exerciseName === SQUAT);
    expect(r.x[first * r.numFeatures + featureIndex('sets')]).toBe(4);
    expect(r.x[first * r.numFeatures + featureIndex('weightKg')]).toBe(110);
    expect(r.nodes[first]?.targetDate).toBe('2024-01-03');
    expect(Array.from(r.y.subarray(first * 3, first * 3 + 2))).toEqual([102.5, 5]);
  });

  it('should reach no node within two hops (the models have two layers) that is dated after the target node', () => {
    const { rowPtr, colIdx } = r.adjacency;
    const sources = (i: number): number[] => Array.from(colIdx.subarray(rowPtr[i] ?? 0, rowPtr[i + 1] ?? 0));
    const checked: string[] = [];
    for (let i = 0; i < r.numNodes; i++) {
      const own = r.nodes[i];
      const twoHops = new Set(sources(i).flatMap((j) => [j, ...sources(j)]));
      for (const j of twoHops) {
        const from = r.nodes[j];
        expect((from?.date ?? '9999') <= (own?.date ?? '')).toBe(true);
        // a node's target is always in a later session, so nothing it hears can be its target
        if (own?.targetDate) expect((from?.date ?? '9999') < own.targetDate).toBe(true);
        checked.push(`${j}->${i}`);
      }
    }
    expect(checked.length).toBeGreaterThan(3);
  });
});

describe('timelineCutoff', () => {
  it('should start the last sixth of the span', () => {
    expect(timelineCutoff(['2024-01-01', '2024-01-31', '2024-01-10'])).toBe('2024-01-26'); // 1 Jan + 25 days
  });
});

describe('buildLearningGraph rolling origin', () => {
  it('should leave targets on/after testEndDate out of both train and test', () => {
    const g = buildLearningGraph([{ athleteId: 'a1', sessions: log }], resolve, { cutoffDate: '2024-01-02', testEndDate: '2024-01-05' });
    // squat 1 → squat 2 (01-03) and bench 1 → bench 2 (01-03) are test; squat 2 → squat 3 (01-10) is past the window.
    expect(Array.from(g.trainMask)).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(g.testMask)).toEqual([1, 1, 0, 0, 0]);
  });
});
