import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AthleteRepository } from './athlete/athlete.repository.js';
import { seedCatalog } from './catalog/catalog-seed.repository.js';
import { ExerciseRepository } from './exercise/exercise.repository.js';
import { importLog } from './ingest/log-import.repository.js';
import { migrate } from './migrate/migrate.js';
import { loadRealLog, realLogsAvailable, realLogsDir } from './testing/real-logs.js';
import { deleteAthleteData, testGraphDb } from './testing/test-graph-db.js';

const DIR = realLogsDir(import.meta.url);
const HAVE_LOGS = realLogsAvailable(DIR, process.env);
const ATHLETE = `test-queries-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const db = testGraphDb();
const exercises = new ExerciseRepository(db);
const athletes = new AthleteRepository(db);

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  if (HAVE_LOGS) {
    const { bytes, log } = await loadRealLog(DIR, 'strong-dstanek.csv');
    await importLog(db, { athleteId: ATHLETE, log, file: bytes });
  }
});
afterAll(async () => {
  await deleteAthleteData(db, [ATHLETE]);
  await db.close();
});

describe('ExerciseRepository', () => {
  it('should list exercises by primary muscle, pattern and equipment', async () => {
    const quads = await exercises.byMuscle('quadriceps', { role: 'primary' });
    expect(quads.map((r) => r.exercise.id)).toContain('barbell-back-squat');
    expect((await exercises.byPattern('hinge')).map((r) => r.exercise.id)).toContain('barbell-deadlift');
    const dumbbell = await exercises.byEquipment(['dumbbell'], 500);
    expect(dumbbell.length).toBeGreaterThan(5);
    expect(dumbbell.every((r) => r.exercise.equipment === 'dumbbell')).toBe(true);
  });

  it('should rank similar exercises and substitutes restricted to the given equipment', async () => {
    const similar = await exercises.similar('barbell-bench-press', 5);
    expect(similar).toHaveLength(5);
    expect(similar[0]?.score).toBeGreaterThanOrEqual(similar[4]?.score ?? 1);
    const subs = await exercises.substitutes('barbell-bench-press', ['dumbbell'], 5);
    expect(subs.length).toBeGreaterThan(0);
    expect(subs.every((r) => r.exercise.equipment === 'dumbbell')).toBe(true);
    expect(subs.map((r) => r.exercise.id)).toContain('dumbbell-bench-press');
  });

  it('should return shared muscles with overlap and transfer paths strongest first', async () => {
    const shared = await exercises.sharedMuscles('barbell-back-squat', 'barbell-deadlift');
    expect(shared.map((m) => m.muscle)).toContain('glutes');
    expect(shared.every((m) => m.overlap === Math.min(m.shareA, m.shareB))).toBe(true);
    const paths = await exercises.transferPaths('barbell-back-squat', 'barbell-deadlift');
    expect(paths[0]?.exerciseIds).toEqual(['barbell-back-squat', 'barbell-deadlift']);
    expect(paths[0]?.weight).toBeCloseTo(0.4);
    expect(paths.length).toBeGreaterThan(1);
  });
});

describe.skipIf(!HAVE_LOGS)('AthleteRepository (strong-dstanek)', () => {
  it('should page through every session once, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await athletes.sessions(ATHLETE, { limit: 50, after });
      seen.push(...page.sessions.map((s) => s.startedAt));
      after = page.nextCursor;
    } while (after !== null);
    expect(seen).toHaveLength(292);
    expect(new Set(seen).size).toBe(292);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('should give an e1RM series, weekly load metrics and weekly hard sets', async () => {
    const series = await athletes.e1rmSeries(ATHLETE, 'barbell-bench-press');
    expect(series.length).toBeGreaterThan(10);
    expect(series.every((p) => p.e1rmKg > 0 && p.e1rmKg < 400)).toBe(true);
    // The capacity estimate per session day: one point a day, oldest first, inside its band, never negative or NaN.
    expect(series.every((p, i) => i === 0 || (series[i - 1]?.date ?? '') < p.date)).toBe(true);
    expect(series.every((p) => p.lowKg > 0 && p.lowKg < p.e1rmKg && p.e1rmKg < p.highKg && Number.isFinite(p.highKg))).toBe(true);
    expect(series.every((p) => p.sessionE1rmKg > 0 && p.sessionE1rmKg < 400 && p.sessionId.length > 0)).toBe(true);
    const weeks = await athletes.weeklyLoad(ATHLETE);
    expect(weeks.length).toBeGreaterThan(40);
    expect(weeks.some((w) => w.monotony !== null && w.strain !== null && w.acwrEwma !== null)).toBe(true);
    expect(weeks.every((w) => w.load >= 0)).toBe(true);
    const hard = await athletes.weeklyHardSets(ATHLETE);
    expect(hard.length).toBeGreaterThan(40);
    expect(Object.keys(hard[0]?.sets ?? {}).length).toBeGreaterThan(0);
  });
});
