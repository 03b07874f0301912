 
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importWorkoutLog } from './import-workout-log.js';
import { summarizeLog } from './summarize-log.js';
import type { LogSummary } from './summarize-log.js';
import type { WorkoutLog } from './workout-log.js';

// ../shared next to the repository root: packages/domain/src/log → four levels up is the repo.
const REAL_LOGS = fileURLToPath(new URL('../../../../../shared/data/real-logs/', import.meta.url));
const available = existsSync(REAL_LOGS);
if (!available) {
  console.warn(`\n!!! SKIPPING real-log importer tests: ${REAL_LOGS} is missing (../shared beside the repo root). !!!\n`);
}

/**
 * Expected figures, counted independently with Python's csv module (DictReader; distinct `Date` /
 * `start_time` / FitNotes date for sessions, rows for sets, rows not marked warm-up for working
 * sets, distinct raw exercise names, min/max date). They agree with SOURCES.md's rows and sessions.
 */
const EXPECTED: readonly [string, LogSummary & { unit: 'kg' | 'lbs'; unitSource: string }][] = [
  ['strong-dstanek.csv', { sessions: 292, sets: 5402, workingSets: 5402, exercises: 74, firstDate: '2018-12-10', lastDate: '2020-12-31', unit: 'lbs', unitSource: 'file' }],
  ['strong-dericmei-zh.csv', { sessions: 384, sets: 6778, workingSets: 6778, exercises: 29, firstDate: '2020-09-29', lastDate: '2023-12-17', unit: 'lbs', unitSource: 'inferred' }],
  ['hevy-feliperuizm.csv', { sessions: 37, sets: 567, workingSets: 519, exercises: 55, firstDate: '2025-07-08', lastDate: '2026-04-08', unit: 'kg', unitSource: 'file' }],
  ['hevy-smdesai27.csv', { sessions: 209, sets: 3430, workingSets: 3430, exercises: 76, firstDate: '2025-01-12', lastDate: '2025-10-25', unit: 'lbs', unitSource: 'file' }],
  ['fitnotes-moferg.csv', { sessions: 18, sets: 436, workingSets: 436, exercises: 21, firstDate: '2020-09-13', lastDate: '2020-10-03', unit: 'lbs', unitSource: 'file' }],
];

const logs = new Map<string, Promise<WorkoutLog>>();
function load(file: string): Promise<WorkoutLog> {
  const cached = logs.get(file) ?? importWorkoutLog(readFileSync(REAL_LOGS + file));
  logs.set(file, cached);
  return cached;
}

(available ? describe : describe.skip)('importWorkoutLog on the shared real logs', () => {
  it.each(EXPECTED)('should report the hand-checked counts when importing %s', async (file, expected) => {
    const log = await load(file);
    const { unit, unitSource, ...summary } = expected;
    expect(summarizeLog(log)).toEqual(summary);
    expect({ unit: log.unit, unitSource: log.unitSource }).toEqual({ unit, unitSource });
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
