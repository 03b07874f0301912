import { describe, expect, it } from 'vitest';
import { buildIngestRows } from './ingest-rows.mapper.js';
import { sessionTrees, treeSets } from './session-trees.js';
import { kg, type LoggedPerformance, type WorkoutLog } from '@liftgraph/domain';

const perf = (order: number, exerciseName: string, sets: number): LoggedPerformance => ({
  order,
  exerciseName,
  notes: null,
  supersetId: null,
  sets: Array.from({ length: sets }, (_, index) => ({
    index,
    type: 'working' as const,
    reps: 5,
    weightKg: kg(100),
    originalWeight: 100,
    originalUnit: 'kg' as const,
    rpe: null,
    rir: null,
    restSec: null,
    distanceM: null,
    durationSec: null,
    sourceLine: 2,
  })),
});
const log: WorkoutLog = {
  format: 'strong',
  unit: 'kg',
  unitSource: 'file',
  sessions: [
    {
      key: '2024-01-03T07:00:00',
      startedAt: '2024-01-03T07:00:00',
      date: '2024-01-03',
      title: 'B',
      durationMin: 50,
      notes: null,
      sessionRpe: null,
      performances: [perf(1, 'Deadlift (Barbell)', 2), perf(0, 'Squat (Barbell)', 3)],
    },
    {
      key: '2024-01-01T07:00:00',
      startedAt: '2024-01-01T07:00:00',
      date: '2024-01-01',
      title: 'A',
      durationMin: 60,
      notes: null,
      sessionRpe: null,
      performances: [perf(0, 'Squat (Barbell)', 4)],
    },
  ],
};

describe('sessionTrees', () => {
  const rows = buildIngestRows('ath', log);

  it("should nest each kept session's performances in order and point at their exercise by position", () => {
    const { exerciseIds, exerciseIndex, trees } = sessionTrees(rows, () => true);
    expect(trees.map((t) => t.id)).toEqual(['ath/2024-01-01T07:00:00', 'ath/2024-01-03T07:00:00']);
    const later = trees[1];
    expect(later?.performances.map((p) => p.id)).toEqual(['ath/2024-01-03T07:00:00/0', 'ath/2024-01-03T07:00:00/1']);
    for (const t of trees) {
      for (const p of t.performances) expect(exerciseIds[p.x]).toBe(p.props.exerciseId);
    }
    for (const [id, i] of Object.entries(exerciseIndex)) expect(exerciseIds[i]).toBe(id);
    expect(trees.map(treeSets)).toEqual([4, 5]);
  });

  it('should keep only the sessions asked for (their performances with them)', () => {
    const { trees } = sessionTrees(rows, (id) => id.endsWith('01-03T07:00:00'));
    expect(trees).toHaveLength(1);
    expect(trees[0]?.performances).toHaveLength(2);
  });

  it("should refuse a performance whose exercise is not among the rows' exercise ids", () => {
    const broken = { ...rows, exerciseIds: rows.exerciseIds.slice(1) };
    expect(() => sessionTrees(broken, () => true)).toThrow(/is not among the rows' exerciseIds/);
  });
});
