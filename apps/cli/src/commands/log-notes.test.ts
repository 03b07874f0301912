import { importWorkoutLog } from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import { dumbbellNote, unitNote } from './log-notes.js';

const HEVY =
  'title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe';
/** A Hevy export (kg stated by the header): one row per `[day, exercise, kg, reps]`. */
const hevy = (rows: ReadonlyArray<readonly [number, string, number, number]>): string =>
  [
    HEVY,
    ...rows.map(
      ([day, name, w, reps], i) => `Push,"${day} Jan 2024, 08:00","${day} Jan 2024, 09:00",,${name},,,${i},normal,${w},${reps},,,`,
    ),
  ].join('\n');

describe('dumbbellNote', () => {
  it('should say the loads were read as both dumbbells together, with the median ratio and the pairs', async () => {
    const log = await importWorkoutLog(
      hevy([
        [8, 'Bench Press (Barbell)', 100, 5],
        [8, 'Bench Press (Dumbbell)', 80, 8],
        [10, 'Overhead Press (Barbell)', 60, 5],
        [10, 'Shoulder Press (Dumbbell)', 50, 8],
      ]),
    );
    // Epley: (80 × 1.267) / (100 × 1.167) = 0.869, (50 × 1.267) / (60 × 1.167) = 0.905; median 0.887.
    expect(dumbbellNote(log)).toBe('dumbbell loads read as both dumbbells together (median dumbbell/barbell e1RM ratio 0.89 over 2 pairs)');
  });

  it('should say they were read as one dumbbell per hand', async () => {
    const log = await importWorkoutLog(
      hevy([
        [8, 'Bench Press (Barbell)', 100, 5],
        [8, 'Bench Press (Dumbbell)', 36, 8],
      ]),
    );
    expect(dumbbellNote(log)).toBe('dumbbell loads read as one dumbbell per hand (median dumbbell/barbell e1RM ratio 0.39 over 1 pair)');
  });

  it('should say when it could not tell, why, and what programs do then', async () => {
    const ambiguous = await importWorkoutLog(
      hevy([
        [8, 'Bench Press (Barbell)', 100, 5],
        [8, 'Bench Press (Dumbbell)', 55, 8],
      ]),
    );
    expect(dumbbellNote(ambiguous)).toMatch(
      /^could not tell whether dumbbell loads are per hand or both together \(ratio 0\.6 is ambiguous .*\); programs read them as both together, the safe side$/,
    );
    const unpaired = await importWorkoutLog(
      hevy([
        [8, 'Squat (Barbell)', 100, 5],
        [8, 'Lateral Raise (Dumbbell)', 10, 12],
      ]),
    );
    expect(dumbbellNote(unpaired)).toBe(
      'could not tell whether dumbbell loads are per hand or both together (no dumbbell exercise paired with its barbell lift); programs read them as both together, the safe side',
    );
  });

  it('should say nothing about a log without dumbbell lifts', async () => {
    expect(dumbbellNote(await importWorkoutLog(hevy([[8, 'Squat (Barbell)', 100, 5]])))).toBeNull();
  });
});

describe('unitNote', () => {
  const strong = (weights: readonly number[]): string =>
    [
      'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
      ...weights.map((w, i) => `2024-01-${String(8 + i).padStart(2, '0')} 08:00:00,Legs,1h,Squat (Barbell),1,${w},5,0,0,,,`),
    ].join('\n');

  it('should say nothing when the file states the unit or the caller gave it', async () => {
    expect(unitNote(await importWorkoutLog(hevy([[8, 'Squat (Barbell)', 100, 5]])))).toBeNull();
    expect(unitNote(await importWorkoutLog(strong([100, 105]), { unit: 'lbs' }))).toBeNull();
  });

  it('should say when the unit was assumed or inferred, and name the flag that overrides it', async () => {
    const log = await importWorkoutLog(strong([100, 105]));
    expect(log.unitSource).toBe('assumed');
    // The confidence and the evidence behind it come with the note.
    expect(unitNote(log)).toBe(
      'weight unit kg (assumed: the file does not say and its loads do not tell, confidence 0.00) — kg assumed: the loads do not tell kg from lbs, none of 2 loads carries conversion noise or a unit-specific plate pattern; if that is wrong, run again with --unit lbs',
    );
  });
});
