import { describe, expect, it } from 'vitest';
import type { IngestRows } from './ingest-rows.mapper.js';
import { desiredNext, type ExistingPerformance, planLinks } from './link-plan.js';

const perf = (id: string, exerciseId: string, startedAt: string, order = 0): ExistingPerformance => ({
  id,
  exerciseId,
  startedAt,
  sessionId: `s-${startedAt}`,
  order,
  next: [],
  then: [],
});

const NO_SETS = { index: [], type: [], reps: [], weightKg: [], rpe: [], rir: [], restSec: [], distanceM: [], durationSec: [] };

function rowsOf(perfs: ExistingPerformance[], then: Array<{ from: string; to: string }> = []): IngestRows {
  return {
    athleteId: 'a',
    sessions: [],
    then,
    catalogExerciseIds: [],
    customExercises: [],
    exerciseIds: [],
    unmapped: [],
    counts: { sessions: 0, performances: perfs.length, sets: 0 },
    performances: perfs.map((p) => ({
      id: p.id,
      sessionId: p.sessionId,
      exerciseId: p.exerciseId,
      props: { startedAt: p.startedAt, order: p.order },
      sets: NO_SETS,
    })),
  };
}

describe('desiredNext', () => {
  it('should chain each exercise in time order', () => {
    const links = desiredNext([perf('b2', 'bench', '2024-01-03'), perf('s1', 'squat', '2024-01-01'), perf('b1', 'bench', '2024-01-01', 1)]);
    expect(links).toEqual([{ from: 'b1', to: 'b2' }]);
  });
});

describe('planLinks', () => {
  it('should create every link on a first import and nothing on a re-import', () => {
    const perfs = [perf('b1', 'bench', '2024-01-01'), perf('b2', 'bench', '2024-01-03')];
    const first = planLinks(rowsOf(perfs), []);
    expect(first.createNext).toEqual([{ from: 'b1', to: 'b2' }]);
    const stored = [{ ...perf('b1', 'bench', '2024-01-01'), next: ['b2'] }, perf('b2', 'bench', '2024-01-03')];
    expect(planLinks(rowsOf(perfs), stored)).toEqual({ createNext: [], deleteNext: [], createThen: [], deleteThen: [] });
  });

  it('should splice an older file into an existing NEXT chain', () => {
    const stored = [{ ...perf('b1', 'bench', '2024-01-01'), next: ['b3'] }, perf('b3', 'bench', '2024-01-05')];
    const plan = planLinks(rowsOf([perf('b2', 'bench', '2024-01-03')]), stored);
    expect(plan.deleteNext).toEqual([{ from: 'b1', to: 'b3' }]);
    expect(plan.createNext).toEqual([
      { from: 'b1', to: 'b2' },
      { from: 'b2', to: 'b3' },
    ]);
  });
});
