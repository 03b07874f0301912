import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireSharedData, sharedDataDir } from '../catalog/testing/real-data.js';
import { importWorkoutLog } from '../log/import-workout-log.js';
import type { WorkoutLog } from '../log/workout-log.js';
import { parseLogJson, writeLogJson } from './log-json.js';
import { writeStrongCsv } from './strong-csv.js';
import { comparableLog } from './testing/comparable-log.js';

const DIR = `${sharedDataDir(import.meta.url)}/real-logs`;
const available = requireSharedData(existsSync(DIR), 'the export round-trip tests on the real logs', DIR, process.env);
const FILES = available
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.csv'))
      .sort()
  : [];

describe.skipIf(!available)('export round trip on the shared real logs', () => {
  it('should find the fifteen shared logs', () => {
    expect(FILES).toHaveLength(15);
  });

  // Strong's format has no superset column: the one thing a Strong CSV cannot carry (Hevy logs have them).
  const withoutSupersets = (log: WorkoutLog): WorkoutLog => ({
    ...log,
    sessions: log.sessions.map((s) => ({ ...s, performances: s.performances.map((p) => ({ ...p, supersetId: null })) })),
  });
  const supersetCount = (log: WorkoutLog): number =>
    log.sessions.reduce((n, s) => n + s.performances.filter((p) => p.supersetId !== null).length, 0);

  it.each(FILES)('%s: import → Strong CSV → import gives the same log but superset ids; JSON the same log', async (file) => {
    const original: WorkoutLog = await importWorkoutLog(new Uint8Array(readFileSync(`${DIR}/${file}`)));
    expect(original.sessions.length).toBeGreaterThan(0);
    const csv = writeStrongCsv(original);
    const again = await importWorkoutLog(csv);
    expect(again.format).toBe('strong');
    expect(supersetCount(again)).toBe(0);
    if (supersetCount(original) > 0)
      console.info(`${file}: ${supersetCount(original)} exercise entries lose their superset id in Strong CSV`);
    expect(comparableLog(again)).toEqual(comparableLog(withoutSupersets(original)));
    const json = writeLogJson(original, { athlete: null, exportedAt: '2026-12-07T08:00:00.000Z' });
    expect(comparableLog(parseLogJson(json))).toEqual(comparableLog(original));
  });
});
