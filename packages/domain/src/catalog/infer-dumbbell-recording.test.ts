import { describe, expect, it } from 'vitest';
import type { Exercise } from '../exercise/exercise.js';
import type { LoggedSession, LoggedSet, SetType } from '../log/workout-log.js';
import { kg } from '../units.js';
import { DUMBBELL_BARBELL_PAIRS, PER_HAND_MAX_RATIO, TOTAL_MIN_RATIO, inferDumbbellRecording } from './infer-dumbbell-recording.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';

const byId = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e]));
/** Synthetic logs name their exercises by catalog id. */
const resolve = (name: string): Exercise | null => byId.get(name) ?? null;

type SetSpec = readonly [weightKg: number | null, reps: number | null, type?: SetType];

function set([weightKg, reps, type = 'working']: SetSpec, index: number): LoggedSet {
  return {
    index,
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
    sourceLine: index + 2,
  };
}

function session(date: string, lifts: Record<string, readonly SetSpec[]>): LoggedSession {
  return {
    key: date,
    startedAt: date,
    date,
    title: null,
    durationMin: null,
    notes: null,
    sessionRpe: null,
    performances: Object.entries(lifts).map(([exerciseName, sets], order) => ({
      order,
      exerciseName,
      sets: sets.map(set),
      notes: null,
      supersetId: null,
    })),
  };
}

describe('inferDumbbellRecording', () => {
  it('should read per-hand numbers when the dumbbells are well under half the barbell', () => {
    const sessions = [
      session('2024-01-01', {
        'barbell-bench-press': [
          [100, 5],
          [100, 5],
        ],
        'dumbbell-bench-press': [[40, 8]],
      }),
      session('2024-01-03', { 'barbell-overhead-press': [[60, 5]], 'dumbbell-shoulder-press': [[22, 10]] }),
      session('2024-01-05', { 'barbell-curl': [[40, 10]], 'dumbbell-curl': [[16, 10]] }),
    ];
    const r = inferDumbbellRecording(sessions, resolve);
    expect(r.recording).toBe('per-hand');
    expect(r.pairs.map((p) => [p.dumbbell, p.barbell])).toEqual([
      ['dumbbell-bench-press', 'barbell-bench-press'],
      ['dumbbell-shoulder-press', 'barbell-overhead-press'],
      ['dumbbell-curl', 'barbell-curl'],
    ]);
    // Epley: 40 × (1 + 8/30) = 50.67 vs 100 × (1 + 5/30) = 116.67.
    expect(r.pairs[0]?.ratio).toBeCloseTo(50.667 / 116.667, 3);
    expect(r.reason).toMatch(/≤ 0\.55/);
  });

  it('should read total numbers when the dumbbell figure is most of the barbell', () => {
    const sessions = [
      session('2024-01-01', { 'barbell-bench-press': [[100, 5]], 'dumbbell-bench-press': [[80, 8]] }),
      session('2024-01-02', { 'barbell-row': [[80, 8]], 'dumbbell-bent-over-row': [[64, 10]] }),
    ];
    const r = inferDumbbellRecording(sessions, resolve);
    expect(r.recording).toBe('total');
    expect(r.pairs).toHaveLength(2);
    expect(r.reason).toMatch(/≥ 0\.65/);
  });

  it('should abstain with the ratio when the median falls between the thresholds', () => {
    const sessions = [session('2024-01-01', { 'barbell-bench-press': [[100, 1]], 'dumbbell-bench-press': [[60, 1]] })];
    const r = inferDumbbellRecording(sessions, resolve);
    expect(r.recording).toBeNull();
    expect(r.pairs).toEqual([{ dumbbell: 'dumbbell-bench-press', barbell: 'barbell-bench-press', ratio: 0.6 }]);
    expect(r.reason).toMatch(/^ratio 0\.6 is ambiguous/);
  });

  it('should take the median over the pairs, not the mean', () => {
    const sessions = [
      session('2024-01-01', { 'barbell-bench-press': [[100, 1]], 'dumbbell-bench-press': [[40, 1]] }),
      session('2024-01-02', { 'barbell-overhead-press': [[60, 1]], 'dumbbell-shoulder-press': [[27, 1]] }),
      // An outlier (a heavy dumbbell RDL against a light barbell RDL) does not move the median.
      session('2024-01-03', { 'barbell-romanian-deadlift': [[60, 1]], 'dumbbell-romanian-deadlift': [[90, 1]] }),
    ];
    const r = inferDumbbellRecording(sessions, resolve);
    expect(r.pairs.map((p) => p.ratio)).toEqual([0.4, 0.45, 1.5]);
    expect(r.recording).toBe('per-hand');
  });

  it('should report no pair when the log has no dumbbell lift with its barbell lift', () => {
    const sessions = [
      session('2024-01-01', { 'barbell-bench-press': [[100, 5]], 'dumbbell-curl': [[15, 10]] }),
      // Goblet squat and one-arm row are single implements, back squat has no per-hand partner here.
      session('2024-01-02', {
        'goblet-squat': [[30, 10]],
        'barbell-back-squat': [[120, 5]],
        'one-arm-dumbbell-row': [[40, 10]],
        'barbell-row': [[80, 8]],
      }),
    ];
    expect(inferDumbbellRecording(sessions, resolve)).toEqual({
      recording: null,
      pairs: [],
      reason: 'no dumbbell exercise paired with its barbell lift',
    });
    expect(inferDumbbellRecording([], resolve).recording).toBeNull();
  });

  it('should use only non-warm-up sets of 1–12 reps with a load, and skip names that do not resolve', () => {
    const sessions = [
      session('2024-01-01', {
        'barbell-bench-press': [
          [140, 3, 'warmup'],
          [100, 1],
          [150, 20],
          [null, 5],
          [0, 5],
          [120, null],
        ],
        'dumbbell-bench-press': [
          [45, 1],
          [90, 15],
          [90, 1, 'warmup'],
        ],
        'Mystery Press': [[500, 1]],
      }),
    ];
    const r = inferDumbbellRecording(sessions, resolve);
    expect(r.pairs).toEqual([{ dumbbell: 'dumbbell-bench-press', barbell: 'barbell-bench-press', ratio: 0.45 }]);
  });

  it('should fall back to the next barbell lift of the pair and ignore entries whose loading is not per-hand / total', () => {
    const sessions = [session('2024-01-01', { 'seated-barbell-overhead-press': [[50, 1]], 'dumbbell-shoulder-press': [[20, 1]] })];
    expect(inferDumbbellRecording(sessions, resolve).pairs).toEqual([
      { dumbbell: 'dumbbell-shoulder-press', barbell: 'seated-barbell-overhead-press', ratio: 0.4 },
    ]);
    const asSingle = (name: string): Exercise | null => {
      const e = resolve(name);
      return e && e.equipment === 'dumbbell' ? { ...e, loading: 'single' } : e;
    };
    expect(inferDumbbellRecording(sessions, asSingle).pairs).toEqual([]);
  });

  it('should pair only per-hand dumbbell lifts with total barbell lifts of the same movement pattern', () => {
    expect(PER_HAND_MAX_RATIO).toBeLessThan(TOTAL_MIN_RATIO);
    for (const [dumbbellId, barbellIds] of Object.entries(DUMBBELL_BARBELL_PAIRS)) {
      const db = byId.get(dumbbellId);
      expect(db?.loading, dumbbellId).toBe('per-hand');
      for (const id of barbellIds) {
        const bb = byId.get(id);
        expect(bb?.loading, id).toBe('total');
        expect(['barbell', 'e-z curl bar'], id).toContain(bb?.equipment);
        expect(bb?.pattern, id).toBe(db?.pattern);
      }
    }
  });
});
