import { createReadStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requireSharedData } from '../catalog/testing/real-data.js';
import { importWorkoutLog } from './import-workout-log.js';
import { inferWeightUnit } from './infer-weight-unit.js';
import { summarizeLog } from './summarize-log.js';
import type { LogSummary } from './summarize-log.js';
import type { WorkoutLog } from './workout-log.js';

// ../shared next to the repository root: packages/domain/src/log → four levels up is the repo.
const REAL_LOGS = fileURLToPath(new URL('../../../../../shared/data/real-logs/', import.meta.url));
const available = requireSharedData(existsSync(REAL_LOGS), 'the real-log importer tests', REAL_LOGS, process.env);

/**
 * Expected figures, counted independently with Python's csv module (DictReader; distinct `Date` /
 * `start_time` / FitNotes date for sessions, rows for sets, rows not marked warm-up for working
 * sets, distinct raw exercise names, min/max date). They agree with SOURCES.md's rows and sessions.
 */
const EXPECTED: readonly [string, LogSummary & { unit: 'kg' | 'lbs'; unitSource: string }][] = [
  [
    'strong-dstanek.csv',
    {
      sessions: 292,
      sets: 5402,
      workingSets: 5402,
      exercises: 74,
      firstDate: '2018-12-10',
      lastDate: '2020-12-31',
      unit: 'lbs',
      unitSource: 'file',
    },
  ],
  [
    'strong-dericmei-zh.csv',
    {
      sessions: 384,
      sets: 6778,
      workingSets: 6778,
      exercises: 29,
      firstDate: '2020-09-29',
      lastDate: '2023-12-17',
      unit: 'lbs',
      unitSource: 'inferred',
    },
  ],
  [
    'hevy-feliperuizm.csv',
    {
      sessions: 37,
      sets: 567,
      workingSets: 519,
      exercises: 55,
      firstDate: '2025-07-08',
      lastDate: '2026-04-08',
      unit: 'kg',
      unitSource: 'file',
    },
  ],
  [
    'hevy-smdesai27.csv',
    {
      sessions: 209,
      sets: 3430,
      workingSets: 3430,
      exercises: 76,
      firstDate: '2025-01-12',
      lastDate: '2025-10-25',
      unit: 'lbs',
      unitSource: 'file',
    },
  ],
  [
    'fitnotes-moferg.csv',
    {
      sessions: 18,
      sets: 436,
      workingSets: 436,
      exercises: 21,
      firstDate: '2020-09-13',
      lastDate: '2020-10-03',
      unit: 'lbs',
      unitSource: 'file',
    },
  ],
  // Second batch (SOURCES.md): counted the same way; "sets" leaves out Strong's Rest Timer rows.
  [
    'strong-andrew50.csv',
    {
      sessions: 1163,
      sets: 22888,
      workingSets: 20202,
      exercises: 156,
      firstDate: '2020-12-07',
      lastDate: '2026-02-07',
      unit: 'lbs',
      unitSource: 'inferred',
    },
  ],
  [
    'strong-cmartins2001.csv',
    {
      sessions: 124,
      sets: 2420,
      workingSets: 2420,
      exercises: 85,
      firstDate: '2024-05-31',
      lastDate: '2025-03-11',
      unit: 'lbs',
      unitSource: 'inferred',
    },
  ],
  [
    'strong-mlahoz.csv',
    {
      sessions: 91,
      sets: 1635,
      workingSets: 1635,
      exercises: 38,
      firstDate: '2016-10-03',
      lastDate: '2017-10-30',
      unit: 'kg',
      unitSource: 'file',
    },
  ],
  [
    'strong-rclayton999.csv',
    {
      sessions: 201,
      sets: 4105,
      workingSets: 4105,
      exercises: 92,
      firstDate: '2021-07-10',
      lastDate: '2024-01-19',
      unit: 'lbs',
      unitSource: 'file',
    },
  ],
  [
    'strong-sebastienrdgs.csv',
    {
      sessions: 25,
      sets: 533,
      workingSets: 533,
      exercises: 38,
      firstDate: '2023-08-16',
      lastDate: '2023-10-14',
      unit: 'kg',
      unitSource: 'inferred',
    },
  ],
  [
    'strong-miroslavcsonka.csv',
    {
      sessions: 137,
      sets: 2995,
      workingSets: 2995,
      exercises: 101,
      firstDate: '2017-05-12',
      lastDate: '2019-07-12',
      unit: 'kg',
      unitSource: 'inferred',
    },
  ],
  [
    'hevy-ajccosta.csv',
    {
      sessions: 411,
      sets: 8650,
      workingSets: 7471,
      exercises: 153,
      firstDate: '2024-08-24',
      lastDate: '2026-04-07',
      unit: 'kg',
      unitSource: 'file',
    },
  ],
  [
    'hevy-ahmed-abdelwahed1.csv',
    {
      sessions: 119,
      sets: 2628,
      workingSets: 2628,
      exercises: 74,
      firstDate: '2024-07-06',
      lastDate: '2026-06-11',
      unit: 'kg',
      unitSource: 'file',
    },
  ],
  [
    'fitnotes-wmgriffi3.csv',
    {
      sessions: 508,
      sets: 11493,
      workingSets: 11493,
      exercises: 201,
      firstDate: '2017-06-23',
      lastDate: '2020-08-03',
      unit: 'lbs',
      unitSource: 'file',
    },
  ],
  [
    'fitnotes-douglastkaiser.csv',
    {
      sessions: 290,
      sets: 3697,
      workingSets: 3697,
      exercises: 132,
      firstDate: '2022-09-14',
      lastDate: '2025-11-12',
      unit: 'lbs',
      unitSource: 'file',
    },
  ],
];

const logs = new Map<string, Promise<WorkoutLog>>();
function load(file: string): Promise<WorkoutLog> {
  const cached = logs.get(file) ?? importWorkoutLog(readFileSync(REAL_LOGS + file));
  logs.set(file, cached);
  return cached;
}

(available ? describe : describe.skip)('importWorkoutLog on the shared real logs', () => {
  it('should have a hand-checked row for every CSV in the shared folder', () => {
    const files = readdirSync(REAL_LOGS)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(EXPECTED.map(([file]) => file).sort()).toEqual(files);
  });

  it.each(EXPECTED.filter(([, e]) => e.unitSource === 'file').map(([file, e]) => [file, e.unit] as const))(
    "should infer %s's stated unit (%s) from its loads alone, or abstain",
    async (file, unit) => {
      const log = await load(file);
      const values = log.sessions.flatMap((s) => s.performances.flatMap((p) => p.sets.map((set) => set.originalWeight ?? 0)));
      expect(values.filter((v) => v > 0).length).toBeGreaterThan(100);
      const inferred = inferWeightUnit(values, log.format === 'strong' ? { roundTripUnit: 'lbs' } : {});
      expect([unit, null]).toContain(inferred);
    },
  );

  it('should read the 2016 export (unit-named columns, 0-based set order) with its sets in order when importing strong-mlahoz.csv', async () => {
    const log = await load('strong-mlahoz.csv');
    const first = log.sessions[0]?.performances[0];
    expect(first).toMatchObject({ exerciseName: 'Squat' });
    expect(first?.sets.slice(0, 2)).toMatchObject([
      { index: 0, weightKg: 70, reps: 5, originalUnit: 'kg', sourceLine: 2 },
      { index: 1, weightKg: 70, reps: 5, originalUnit: 'kg', sourceLine: 3 },
    ]);
  });

  it('should read miles written "mi." and the trailing Workout Duration when importing strong-rclayton999.csv', async () => {
    const log = await load('strong-rclayton999.csv');
    expect(log.sessions[0]).toMatchObject({ startedAt: '2021-07-10T11:05:50', durationMin: 124 });
    const distances = log.sessions.flatMap((s) => s.performances.flatMap((p) => p.sets)).filter((s) => s.distanceM !== null);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances.every((s) => s.distanceM !== null && s.distanceM > 0)).toBe(true);
  });

  it('should read the French header, its durations and accents when importing strong-sebastienrdgs.csv', async () => {
    const log = await load('strong-sebastienrdgs.csv');
    expect(log.sessions[0]).toMatchObject({ startedAt: '2023-08-16T13:10:30', durationMin: 35, title: 'Pecs Et Dos' });
    const bench = log.sessions[0]?.performances.find((p) => p.exerciseName === 'Bench Press (Dumbbell)');
    expect(bench?.sets[0]).toMatchObject({ weightKg: 20, reps: 8, originalUnit: 'kg' });
  });

  it.each(EXPECTED)('should report the hand-checked counts when importing %s', async (file, expected) => {
    const log = await load(file);
    const { unit, unitSource, ...summary } = expected;
    expect(summarizeLog(log)).toEqual(summary);
    expect({ unit: log.unit, unitSource: log.unitSource }).toEqual({ unit, unitSource });
    // No shared log has a row with an unquoted delimiter; a unit the file states is certain, an inferred one stated.
    expect(log.repairedLines).toEqual([]);
    if (unitSource === 'file') expect(log.unitConfidence).toBe(1);
    else expect(log.unitConfidence).toBeGreaterThanOrEqual(0.75);
  });

  it.each(EXPECTED.map(([file]) => file))('should give the same log when %s is streamed in small byte chunks', async (file) => {
    // 1 KiB chunks split multi-byte characters (Chinese, emoji) and records across chunk borders.
    const streamed = await importWorkoutLog(createReadStream(REAL_LOGS + file, { highWaterMark: 1024 }));
    expect(streamed).toEqual(await load(file));
  });

  it('should turn float-noise pounds into round kilograms when importing strong-dericmei-zh.csv', async () => {
    const log = await load('strong-dericmei-zh.csv');
    const first = log.sessions[0]?.performances[0]?.sets[0];
    expect(first).toMatchObject({ weightKg: 20, originalWeight: 44.09245243697551, originalUnit: 'lbs', sourceLine: 2 });
    const bench = log.sessions[1]?.performances[0]?.sets[0];
    expect(bench).toMatchObject({ weightKg: 97.5, originalWeight: 214.95070563025564, sourceLine: 21 });
    expect(log.sessions[0]).toMatchObject({ startedAt: '2020-09-29T07:10:22', durationMin: 73, title: '4.Pull', notes: '星期二' });
  });

  it('should return Hevy sessions oldest first with sets in set_index order when rows are newest-first', async () => {
    const log = await load('hevy-feliperuizm.csv');
    const first = log.sessions[0];
    expect(first).toMatchObject({ startedAt: '2025-07-08T03:50:00', durationMin: 47, title: 'Late night workout 🌙' });
    expect(first?.performances[0]?.sets.slice(0, 2)).toMatchObject([
      { index: 0, type: 'warmup', weightKg: 20.41, reps: 15, sourceLine: 559 },
      { index: 1, type: 'working', weightKg: 29.48, reps: 15, sourceLine: 560 },
    ]);
    const startedAt = log.sessions.map((s) => s.startedAt);
    expect([...startedAt].sort()).toEqual(startedAt);
  });

  it('should map dropset rows to drop sets when importing hevy-feliperuizm.csv', async () => {
    const log = await load('hevy-feliperuizm.csv');
    const types = log.sessions.flatMap((s) => s.performances.flatMap((p) => p.sets.map((set) => set.type)));
    expect(types.filter((t) => t === 'drop')).toHaveLength(11);
    expect(types.filter((t) => t === 'failure')).toHaveLength(10);
    expect(types.filter((t) => t === 'warmup')).toHaveLength(48);
  });

  it('should read empty Strong weights as bodyweight when importing strong-dstanek.csv', async () => {
    const log = await load('strong-dstanek.csv');
    const bodyweight = log.sessions.flatMap((s) => s.performances.flatMap((p) => p.sets)).filter((s) => s.weightKg === null);
    expect(bodyweight).toHaveLength(70);
    expect(bodyweight.every((s) => s.originalUnit === 'lbs')).toBe(true);
  });
});
