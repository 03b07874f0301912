import { importWorkoutLog } from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import { dumbbellRecordingOf } from './dumbbell-recording.js';

const HEADER =
  'title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe';
/** A Hevy export (kg stated by the header): one row per `[day, exercise, kg, reps]`. */
const hevy = (rows: ReadonlyArray<readonly [number, string, number, number]>): string =>
  [
    HEADER,
    ...rows.map(
      ([day, name, w, reps], i) => `Push,"${day} Jan 2024, 08:00","${day} Jan 2024, 09:00",,${name},,,${i},normal,${w},${reps},,,`,
    ),
  ].join('\n');

describe('dumbbellRecordingOf (importWorkoutLog summary)', () => {
  it('should read the numbers as both dumbbells together when they are most of the barbell', async () => {
    const log = await importWorkoutLog(
      hevy([
        [8, 'Bench Press (Barbell)', 100, 5],
        [8, 'Bench Press (Dumbbell)', 80, 8],
        [10, 'Overhead Press (Barbell)', 60, 5],
        [10, 'Shoulder Press (Dumbbell)', 50, 8],
      ]),
    );
    const r = dumbbellRecordingOf(log);
    expect(r?.recording).toBe('total');
    expect(r?.pairs).toHaveLength(2);
    expect(r?.reason).toMatch(/both dumbbells together/);
  });

  it('should read them per hand when one dumbbell is well under half the barbell', async () => {
    const log = await importWorkoutLog(
      hevy([
        [8, 'Bench Press (Barbell)', 100, 5],
        [8, 'Bench Press (Dumbbell)', 36, 8],
      ]),
    );
    expect(dumbbellRecordingOf(log)?.recording).toBe('per-hand');
  });

  it('should say it could not tell when no dumbbell lift has its barbell lift', async () => {
    const log = await importWorkoutLog(
      hevy([
        [8, 'Squat (Barbell)', 100, 5],
        [8, 'Lateral Raise (Dumbbell)', 10, 12],
      ]),
    );
    expect(dumbbellRecordingOf(log)).toEqual({ recording: null, pairs: [], reason: 'no dumbbell exercise paired with its barbell lift' });
  });

  it('should be null for a file without dumbbell lifts: nothing to read, nothing to ask', async () => {
    const log = await importWorkoutLog(
      hevy([
        [8, 'Squat (Barbell)', 100, 5],
        [8, 'Bench Press (Barbell)', 80, 5],
      ]),
    );
    expect(dumbbellRecordingOf(log)).toBeNull();
  });
});
