import { describe, expect, it } from 'vitest';
import { LogParseError } from '../errors.js';
import { importWorkoutLog } from './import-workout-log.js';
import { repairFieldCounts, repairWarning } from './repair-field-count.js';
import { summarizeLog } from './summarize-log.js';

const NEW_HEADER = 'Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time';
const WITH_COMMENT = `${NEW_HEADER},Comment`;

/** A FitNotes row of the newer header (9 columns), the name written as FitNotes writes it: unquoted. */
const row = (date: string, name: string, category: string, weight: string, reps: string): string =>
  `${date},${name},${category},${weight},lbs,${reps},,,`;

/** Eleven well-formed rows (lines 2–12), two days. */
const GOOD_ROWS = [
  ...['135.0', '155.0', '175.0', '185.0', '185.0'].map((w) => row('2023-01-02', 'Barbell Squat', 'Legs', w, '5')),
  ...['95.0', '105.0', '115.0'].map((w) => row('2023-01-02', 'Overhead Press', 'Shoulders', w, '6')),
  ...['25.0', '25.0', '30.0'].map((w) => row('2023-01-04', 'Dumbbell Curl', 'Biceps', w, '10')),
];

async function refusal(csv: string): Promise<LogParseError> {
  const error: unknown = await importWorkoutLog(csv).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof LogParseError)) throw new Error(`expected a LogParseError, got ${String(error)}`);
  return error;
}

describe('FitNotes rows with an unquoted comma in the exercise name', () => {
  it('should join the name back and list the repaired lines when only the name column can take the extra field', async () => {
    const csv = [
      NEW_HEADER,
      ...GOOD_ROWS,
      row('2023-01-04', 'Overhead Press (Each Side, Dumbbells)', 'Shoulders', '40.0', '8'),
      row('2023-01-04', 'Overhead Press (Each Side, Dumbbells)', 'Shoulders', '40.0', '7'),
      row('2023-01-06', 'Barbell Squat', 'Legs', '195.0', '3'),
    ].join('\n');
    const log = await importWorkoutLog(csv);
    expect(log.repairedLines).toEqual([13, 14]);
    expect(summarizeLog(log)).toMatchObject({ sessions: 3, sets: 14, exercises: 4 });
    const press = log.sessions[1]?.performances.find((p) => p.exerciseName === 'Overhead Press (Each Side, Dumbbells)');
    expect(press?.sets.map((s) => [s.originalWeight, s.originalUnit, s.reps, s.sourceLine])).toEqual([
      [40, 'lbs', 8, 13],
      [40, 'lbs', 7, 14],
    ]);
    expect(repairWarning(log.repairedLines ?? [])).toMatch(/^repaired 2 rows .*\(lines 13, 14\)/);
  });

  it('should repair a name with two commas, and a row whose comment is quoted empty (""), as FitNotes writes it', async () => {
    const csv = [
      WITH_COMMENT,
      '2023-01-02,Barbell Squat,Legs,135.0,lbs,5,,,,""',
      '2023-01-02,Lunge (Walking, Each Leg, Dumbbells),Legs,30.0,lbs,10,,,,""',
      '2023-01-02,Plank (Side, Left),Abs,,,,,,0:01:00,"held, then rested"',
    ].join('\n');
    const log = await importWorkoutLog(csv);
    expect(log.repairedLines).toEqual([3, 4]);
    const names = log.sessions[0]?.performances.map((p) => p.exerciseName);
    expect(names).toEqual(['Barbell Squat', 'Lunge (Walking, Each Leg, Dumbbells)', 'Plank (Side, Left)']);
    expect(log.sessions[0]?.performances[2]).toMatchObject({ notes: 'held, then rested', sets: [{ durationSec: 60, weightKg: null }] });
  });

  it('should refuse a row that can be split more than one way, naming the line, both counts and the likely cause', async () => {
    // No well-formed row tells what a category looks like: "Shoulders" or " Dumbbells),Shoulders" both could be one.
    const csv = [
      NEW_HEADER,
      ...Array.from({ length: 11 }, () => row('2023-01-02', 'Overhead Press (Each Side, Dumbbells)', 'Shoulders', '40.0', '8')),
      row('2023-01-02', 'Overhead Press (Each Side, Dumbbells)', 'Shoulders', '40.0', '8'),
    ].join('\n');
    const error = await refusal(csv);
    expect(error.location).toEqual({ line: 2 });
    expect(error.message).toMatch(
      /^line 2 has 10 fields, the header 9: an unquoted comma in the exercise name\? The row can be read 2 ways/,
    );
    expect(error.message).toContain('Exercise "Overhead Press (Each Side, Dumbbells)"');
    expect(error.message).toMatch(/Fix: put the exercise name in double quotes/);
  });

  it('should refuse, at line 13, a row no reading of which gives valid values, instead of blaming a shifted column', async () => {
    const csv = [NEW_HEADER, ...GOOD_ROWS, '2023-01-04,Overhead Press (Each Side, Dumbbells),Shoulders,40.0,lbs,8.0,,,,extra'].join('\n');
    const error = await refusal(csv);
    expect(error.message).toMatch(/^line 13 has 11 fields, the header 9, and joining the extra fields into a text column/);
    expect(error.message).not.toMatch(/is not a weight unit/);
  });

  it('should still read a well-formed row with a trailing empty field as before', async () => {
    const log = await importWorkoutLog([NEW_HEADER, `${row('2023-01-02', 'Barbell Squat', 'Legs', '135.0', '5')},`].join('\n'));
    expect(log.repairedLines).toEqual([]);
    expect(log.sessions[0]?.performances[0]?.sets[0]).toMatchObject({ reps: 5, originalWeight: 135 });
  });
});

describe('repairFieldCounts on other formats', () => {
  it('should refuse an unquoted comma in Strong notes, naming the two notes columns it could belong to', async () => {
    const header = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
    const csv = [header, '2024-03-04 18:00:00,Push,1h,Bench Press (Barbell),1,80,5,0,0,felt good, heavy,,8'].join('\n');
    const error: unknown = await importWorkoutLog(csv, { unit: 'kg' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogParseError);
    expect((error as Error).message).toMatch(/^line 2 has 13 fields, the header 12: an unquoted comma in "Notes" or "Workout Notes"\?/);
  });

  it('should repair a Strong row whose exercise name has an unquoted comma', async () => {
    const header = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
    const good = '2024-03-04 18:00:00,Push,1h,Bench Press (Barbell),1,80,5,0,0,,,';
    const csv = [header, good, '2024-03-04 18:00:00,Push,1h,Press (Each Side, Dumbbells),1,20,8,0,0,,,'].join('\n');
    const log = await importWorkoutLog(csv, { unit: 'kg' });
    expect(log.repairedLines).toEqual([3]);
    expect(log.sessions[0]?.performances.map((p) => p.exerciseName)).toEqual(['Bench Press (Barbell)', 'Press (Each Side, Dumbbells)']);
  });

  it('should leave records with the header field count untouched', () => {
    const records = [{ line: 2, fields: ['a', 'b'] }];
    const out = repairFieldCounts(records, { header: ['x', 'y'], delimiter: ',', kinds: new Map([[0, 'name']]), nameColumn: 0 });
    expect(out).toEqual({ records, repairedLines: [] });
  });
});
