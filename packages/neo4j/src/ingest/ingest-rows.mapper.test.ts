import { kg, type LoggedSet, type WorkoutLog } from '@liftgraph/domain';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildIngestRows } from './ingest-rows.mapper.js';

const set = (index: number, reps: number, weight: number, type: LoggedSet['type'] = 'working'): LoggedSet => ({
  index,
  type,
  reps,
  weightKg: kg(weight),
  originalWeight: weight,
  originalUnit: 'kg',
  rpe: null,
  rir: null,
  restSec: null,
  distanceM: null,
  durationSec: null,
  sourceLine: index + 2,
});

const LOG: WorkoutLog = {
  format: 'strong',
  unit: 'kg',
  sessions: [
    {
      key: '2024-03-01T07:00:00',
      startedAt: '2024-03-01T07:00:00',
      date: '2024-03-01',
      title: 'Legs',
      durationMin: 60,
      notes: null,
      sessionRpe: 8,
      performances: [
        {
          order: 0,
          exerciseName: 'Squat (Barbell)',
          notes: null,
          supersetId: null,
          sets: [set(0, 5, 60, 'warmup'), set(1, 5, 100), set(2, 8, 100)],
        },
        { order: 1, exerciseName: 'Zorblax Machine Thing', notes: null, supersetId: null, sets: [set(0, 10, 40)] },
      ],
    },
  ],
};

describe('buildIngestRows', () => {
  it('should give natural-key ids, the top set (heaviest, then most reps) and THEN pairs', () => {
    const rows = buildIngestRows('ath', LOG);
    expect(rows.sessions.map((s) => s.id)).toEqual(['ath/2024-03-01T07:00:00']);
    const [squat, custom] = rows.performances;
    expect(squat?.id).toBe('ath/2024-03-01T07:00:00/0');
    expect(squat?.exerciseId).toBe('barbell-back-squat');
    expect(squat?.props).toMatchObject({ sets: neo4j.int(2), reps: neo4j.int(8), weightKg: 100, volumeKg: 1300 });
    expect(squat?.props.e1rmKg).toBeCloseTo(100 * (1 + 8 / 30));
    expect(squat?.sets.index).toEqual([0, 1, 2]);
    expect(rows.then).toEqual([{ from: squat?.id, to: custom?.id }]);
    expect(rows.counts).toEqual({ sessions: 1, performances: 2, sets: 4 });
  });

  it('should report unmapped names and turn them into custom exercises', () => {
    const rows = buildIngestRows('ath', LOG);
    expect(rows.unmapped).toEqual(['Zorblax Machine Thing']);
    expect(rows.customExercises.map((e) => e.props.source)).toEqual(['custom']);
    expect(rows.performances[1]?.exerciseId).toBe(rows.customExercises[0]?.id);
  });

  it('should send sets as parallel primitive lists, null where the log has no value', () => {
    const sets = buildIngestRows('ath', LOG).performances[0]?.sets;
    expect(sets).toMatchObject({
      type: ['warmup', 'working', 'working'],
      reps: [5, 5, 8],
      weightKg: [60, 100, 100],
      rpe: [null, null, null],
    });
  });

  it('should refuse a log with two sessions under one key, naming the key and the fix', () => {
    const first = LOG.sessions[0];
    if (first === undefined) throw new Error('fixture');
    const twice: WorkoutLog = { ...LOG, sessions: [first, { ...first, title: 'Again' }] };
    expect(() => buildIngestRows('ath', twice)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/two sessions with the key "2024-03-01T07:00:00".*give each its own start time/),
      }),
    );
  });

  it('should refuse a session with two exercises at one position, naming the session and the fix', () => {
    const first = LOG.sessions[0];
    const squat = first?.performances[0];
    if (first === undefined || squat === undefined) throw new Error('fixture');
    const clash: WorkoutLog = {
      ...LOG,
      sessions: [{ ...first, performances: [squat, { ...squat, exerciseName: 'Bench Press (Barbell)' }] }],
    };
    expect(() => buildIngestRows('ath', clash)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/two exercises at position 0 .*number the session's exercises/),
      }),
    );
  });
});
