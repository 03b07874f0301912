import { customExerciseFor, type LoggedSession, type LoggedSet } from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import { nameNearest, nameNearestKg, similarRatio } from './debut-baselines.js';
import { findDebuts, firstThirdEnd } from './debut-queries.js';
import { PopulationRatios } from './population-ratios.js';

const resolve = (name: string) => customExerciseFor(name);

function set(weightKg: number | null, reps: number, type: LoggedSet['type'] = 'working'): LoggedSet {
  return {
    index: 0,
    type,
    reps,
    weightKg: weightKg as LoggedSet['weightKg'],
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

function session(date: string, perfs: [string, LoggedSet[]][], hour = 10): LoggedSession {
  const key = `${date}T${String(hour).padStart(2, '0')}:00:00`;
  return {
    key,
    startedAt: key,
    date,
    title: null,
    durationMin: 60,
    notes: null,
    sessionRpe: null,
    performances: perfs.map(([exerciseName, sets], order) => ({ order, exerciseName, sets, notes: null, supersetId: null })),
  };
}

// 1 Jan → 31 Jan: the first third ends on 11 Jan.
const log = [
  session('2024-01-01', [['Bench Press (Barbell)', [set(60, 5), set(80, 5)]]]),
  session('2024-01-05', [['Triceps Pushdown (Cable)', [set(50, 8)]]]),
  session('2024-01-12', [
    ['Bench Press (Barbell)', [set(82.5, 5)]],
    ['Bench Press (Dumbbell)', [set(10, 12, 'warmup'), set(30, 8), set(32, 6), set(32, 7), set(0, 20)]],
  ]),
  session('2024-01-12', [['Lat Pulldown (Cable)', [set(null, 10)]]], 18),
  session('2024-01-20', [['Lat Pulldown (Cable)', [set(55, 10)]]]),
  session('2024-01-31', [['Overhead Press (Barbell)', [set(40, 5)]]]),
];

describe('findDebuts (the debut task of gnn eval)', () => {
  const debuts = findDebuts('a', log, resolve);

  it('should end the first third of the timeline on the right day', () => {
    expect(firstThirdEnd(log)).toBe('2024-01-11');
  });

  it('should take first occurrences after the first third, with the heaviest working set that day (more reps break ties)', () => {
    expect(debuts.map((d) => [d.date, d.name, d.actualKg, d.actualReps])).toEqual([
      ['2024-01-12', 'Bench Press (Dumbbell)', 32, 7],
      ['2024-01-31', 'Overhead Press (Barbell)', 40, 5],
    ]);
  });

  it('should skip a first occurrence with no loaded working set (the pulldown on its first day is unloaded)', () => {
    expect(debuts.some((d) => d.name.startsWith('Lat Pulldown'))).toBe(false);
  });

  it('should use only what was logged strictly before the debut date', () => {
    const dumbbell = debuts[0];
    // Same-day barbell bench (82.5) is not history; the 1 Jan session (80) is.
    expect(dumbbell?.history.map((r) => [r.name, r.lastTopKg])).toEqual([
      ['Bench Press (Barbell)', 80],
      ['Triceps Pushdown (Cable)', 50],
    ]);
    const press = debuts[1];
    expect(press?.history.find((r) => r.name === 'Bench Press (Barbell)')?.lastTopKg).toBe(82.5);
    expect(press?.history.find((r) => r.name === 'Lat Pulldown (Cable)')?.lastTopKg).toBe(55);
  });

  it('should pick the name sharing the most words, and scale the most related lift by the pooled ratio', () => {
    const dumbbell = debuts[0];
    if (!dumbbell) throw new Error('no debut');
    // "bench" and "press" shared with the barbell bench, nothing with the more recent pushdown.
    expect(nameNearest(dumbbell)?.name).toBe('Bench Press (Barbell)');
    expect(nameNearestKg(dumbbell)).toBe(80);
    // A pool where every athlete's dumbbell bench (per hand) is 0.4 × their barbell bench.
    const pool = [20, 30, 40].map((k) => ({
      sessions: [
        session('2023-01-01', [
          ['Bench Press (Barbell)', [set(k * 2.5, 5)]],
          ['Bench Press (Dumbbell)', [set(k, 8)]],
        ]),
      ],
    }));
    const ratios = PopulationRatios.fromLogs(pool, resolve, () => 1);
    expect(similarRatio(dumbbell, ratios)).toBeCloseTo(80 * 0.4, 6);
    // Without a pool, the prior decides.
    expect(
      similarRatio(
        dumbbell,
        PopulationRatios.priorOnly(() => 0.5),
      ),
    ).toBeCloseTo(40, 6);
  });
});
