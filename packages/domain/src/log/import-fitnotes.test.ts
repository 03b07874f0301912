import { describe, expect, it } from 'vitest';
import { importWorkoutLog } from './import-workout-log.js';
import { summarizeLog } from './summarize-log.js';

describe('importWorkoutLog with FitNotes exports', () => {
  it('should make one session per date and take lbs from the older header', async () => {
    const csv = [
      'Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time',
      '2020-09-13,Barbell Squat,Legs,45.0,10,,,',
      '2020-09-13,Barbell Squat,Legs,135.0,5,,,',
      '2020-09-13,Lying Leg Curl,Legs,35.0,12,,,',
      '2020-09-15,Treadmill,Cardio,,,2.0,mi,0:20:00',
    ].join('\n');
    const log = await importWorkoutLog(csv);
    expect(log).toMatchObject({ format: 'fitnotes', unit: 'lbs', unitSource: 'file' });
    expect(summarizeLog(log)).toEqual({
      sessions: 2,
      sets: 4,
      workingSets: 4,
      exercises: 3,
      firstDate: '2020-09-13',
      lastDate: '2020-09-15',
    });
    expect(log.sessions[0]).toMatchObject({ key: '2020-09-13', startedAt: '2020-09-13', title: null });
    expect(log.sessions[0]?.performances[0]?.sets.map((s) => s.weightKg)).toEqual([20.41, 61.23]);
    expect(log.sessions[1]?.performances[0]?.sets[0]).toMatchObject({ distanceM: 3218.69, durationSec: 1200, weightKg: null });
  });

  it('should take kg from a Weight (kgs) header and keep the comment', async () => {
    const csv = [
      'Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment',
      '2021-01-02,Deadlift,Back,140.0,3,,,,"felt heavy, belt on"',
    ].join('\n');
    const log = await importWorkoutLog(csv);
    expect(log).toMatchObject({ unit: 'kg' });
    expect(log.sessions[0]?.performances[0]).toMatchObject({ notes: 'felt heavy, belt on', sets: [{ weightKg: 140, reps: 3 }] });
  });

  it('should use the per-row unit of the newer Weight Unit header', async () => {
    const csv = [
      'Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time',
      '2021-01-02,Bench Press,Chest,100.0,kgs,5,,,',
      '2021-01-02,Bench Press,Chest,225.0,lbs,3,,,',
    ].join('\n');
    const log = await importWorkoutLog(csv);
    expect(log.sessions[0]?.performances[0]?.sets.map((s) => [s.weightKg, s.originalUnit])).toEqual([
      [100, 'kg'],
      [102.06, 'lbs'],
    ]);
  });
});
