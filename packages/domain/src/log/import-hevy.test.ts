import { describe, expect, it } from 'vitest';
import { importWorkoutLog } from './import-workout-log.js';
import { summarizeLog } from './summarize-log.js';

const HEADER = (weight: string, distance: string): string =>
  `"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","${weight}","reps","${distance}","duration_seconds","rpe"`;

const NEWEST_FIRST = [
  HEADER('weight_lbs', 'distance_miles'),
  '"Upper","25 Oct 2025, 19:56","25 Oct 2025, 21:00","","Pull Up (Weighted)",,"",1,"normal",,6,,,',
  '"Upper","25 Oct 2025, 19:56","25 Oct 2025, 21:00","","Pull Up (Weighted)",,"",0,"normal",25,8,,,9',
  '"Upper","25 Oct 2025, 19:56","25 Oct 2025, 21:00","","Treadmill",,"",0,"normal",,,1.5,900,',
  '"Legs","23 Oct 2025, 23:30","24 Oct 2025, 00:40","leg day","Squat (Barbell)","1","deep",0,"warmup",135,5,,,',
  '"Legs","23 Oct 2025, 23:30","24 Oct 2025, 00:40","leg day","Squat (Barbell)","1","",1,"normal",225,5,,,',
  '"Legs","23 Oct 2025, 23:30","24 Oct 2025, 00:40","leg day","Squat (Barbell)","1","",2,"dropset",185,8,,,',
  '"Legs","23 Oct 2025, 23:30","24 Oct 2025, 00:40","leg day","Squat (Barbell)","1","",3,"failure",185,4,,,10',
].join('\n');

describe('importWorkoutLog with Hevy exports', () => {
  it('should return sessions oldest first with sets in set_index order when rows are newest-first', async () => {
    const log = await importWorkoutLog(NEWEST_FIRST);
    expect(log).toMatchObject({ format: 'hevy', unit: 'lbs', unitSource: 'file' });
    expect(log.sessions.map((s) => s.key)).toEqual(['2025-10-23T23:30:00', '2025-10-25T19:56:00']);
    const pullUp = log.sessions[1]?.performances[0]?.sets ?? [];
    expect(pullUp.map((s) => [s.index, s.reps, s.weightKg, s.rpe, s.sourceLine])).toEqual([
      [0, 8, 11.34, 9, 3],
      [1, 6, null, null, 2],
    ]);
  });

  it('should map set_type to working, warmup, drop and failure', async () => {
    const log = await importWorkoutLog(NEWEST_FIRST);
    expect(log.sessions[0]?.performances[0]?.sets.map((s) => s.type)).toEqual(['warmup', 'working', 'drop', 'failure']);
    expect(summarizeLog(log)).toEqual({
      sessions: 2,
      sets: 7,
      workingSets: 6,
      exercises: 3,
      firstDate: '2025-10-23',
      lastDate: '2025-10-25',
    });
  });

  it('should take the duration from end_time − start_time when the workout crosses midnight', async () => {
    const log = await importWorkoutLog(NEWEST_FIRST);
    expect(log.sessions.map((s) => s.durationMin)).toEqual([70, 64]);
    expect(log.sessions[0]).toMatchObject({ title: 'Legs', notes: 'leg day', date: '2025-10-23' });
    expect(log.sessions[0]?.performances[0]).toMatchObject({ supersetId: '1', notes: 'deep' });
  });

  it('should convert miles to metres when the header says distance_miles', async () => {
    const log = await importWorkoutLog(NEWEST_FIRST);
    expect(log.sessions[1]?.performances[1]?.sets[0]).toMatchObject({ distanceM: 2414.02, durationSec: 900, reps: null });
  });

  it.each([
    ['8 Apr 2026, 16:50', '2026-04-08T16:50:00'],
    ['Apr 8, 2026, 4:50 PM', '2026-04-08T16:50:00'],
    ['2026-04-08T16:50:00Z', '2026-04-08T16:50:00'],
    ['2026-04-08 16:50:00', '2026-04-08T16:50:00'],
    ['8 abr 2026, 16:50', '2026-04-08T16:50:00'],
  ])('should read start_time %s as %s', async (startTime, iso) => {
    const csv = [HEADER('weight_kg', 'distance_km'), `"A","${startTime}","","","Curl",,"",0,"normal",10,10,,,`].join('\n');
    const log = await importWorkoutLog(csv);
    expect(log.sessions[0]).toMatchObject({ startedAt: iso, durationMin: null });
  });
});
