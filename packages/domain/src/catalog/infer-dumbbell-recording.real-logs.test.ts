import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../exercise/exercise.js';
import { importWorkoutLog } from '../log/import-workout-log.js';
import { CONFIDENT_MATCH, createExerciseMatcher } from './exercise-matcher.js';
import { PER_HAND_MAX_RATIO, TOTAL_MIN_RATIO, inferDumbbellRecording } from './infer-dumbbell-recording.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
import { requireSharedData, sharedDataDir } from './testing/real-data.js';

const REAL_LOGS = `${sharedDataDir(import.meta.url)}/real-logs`;
const available = requireSharedData(existsSync(REAL_LOGS), 'the inferDumbbellRecording real-log tests', REAL_LOGS, process.env);

const files = available
  ? readdirSync(REAL_LOGS)
      .filter((f) => f.endsWith('.csv'))
      .sort()
  : [];
const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
const byId = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e]));
const resolve = (name: string): Exercise | null => {
  const m = matcher.match(name);
  return m.exerciseId !== null && m.confidence >= CONFIDENT_MATCH ? (byId.get(m.exerciseId) ?? null) : null;
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// Structural checks only: the per-log answers are printed for review, never asserted (no tuning to these logs).
describe.skipIf(!available)('inferDumbbellRecording on the shared real logs', () => {
  it('should find CSV logs in the shared folder', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('should give a recording consistent with its pairs and thresholds for %s', async (file) => {
    const log = await importWorkoutLog(readFileSync(`${REAL_LOGS}/${file}`));
    const r = inferDumbbellRecording(log.sessions, resolve);
    const pairs = r.pairs.map((p) => `${p.dumbbell}/${p.barbell} ${p.ratio.toFixed(2)}`).join(', ');
    console.log(`${file}: ${r.recording ?? 'null'} — ${r.reason}${pairs === '' ? '' : ` [${pairs}]`}`);

    expect(r.reason).not.toBe('');
    for (const p of r.pairs) {
      expect(Number.isFinite(p.ratio), `${p.dumbbell}/${p.barbell}`).toBe(true);
      expect(p.ratio).toBeGreaterThan(0);
      expect(byId.get(p.dumbbell)?.loading).toBe('per-hand');
      expect(byId.get(p.barbell)?.loading).toBe('total');
    }
    if (r.pairs.length === 0) {
      expect(r.recording).toBeNull();
      return;
    }
    const m = median(r.pairs.map((p) => p.ratio));
    const expected = m <= PER_HAND_MAX_RATIO ? 'per-hand' : m >= TOTAL_MIN_RATIO ? 'total' : null;
    expect(r.recording).toBe(expected);
  });
});
