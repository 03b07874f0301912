import { describe, expect, it } from 'vitest';
import { csvRecords } from '../log/csv-records.js';
import { importWorkoutLog } from '../log/import-workout-log.js';
import type { LoggedSet, WorkoutLog } from '../log/workout-log.js';
import { kg, seconds } from '../units.js';
import { parseLogJson, writeLogJson } from './log-json.js';
import { strongDuration, writeStrongCsv } from './strong-csv.js';
import { comparableLog } from './testing/comparable-log.js';

const set = (index: number, over: Partial<LoggedSet> = {}): LoggedSet => ({
  index,
  type: 'working',
  reps: 5,
  weightKg: kg(61.23),
  originalWeight: 135,
  originalUnit: 'lbs',
  rpe: null,
  rir: null,
  restSec: null,
  distanceM: null,
  durationSec: null,
  sourceLine: 0,
  ...over,
});

const LOG: WorkoutLog = {
  format: 'hevy',
  unit: 'lbs',
  sessions: [
    {
      key: '2026-12-01T18:02:00',
      startedAt: '2026-12-01T18:02:00',
      date: '2026-12-01',
      title: 'Push; "heavy", day',
      durationMin: 63.5,
      notes: 'felt good\nslept 8 h',
      sessionRpe: null,
      performances: [
        {
          order: 0,
          exerciseName: 'Bench Press (Barbell)',
          notes: 'elbows in; pause 1"',
          supersetId: null,
          sets: [
            set(0, { type: 'warmup', reps: 10, weightKg: kg(20.41), originalWeight: 45 }),
            set(1, { rpe: 8, restSec: seconds(180) }),
            set(2, { type: 'failure', reps: 3, rpe: 10 }),
            set(3, { type: 'drop', weightKg: kg(40), originalWeight: 40, originalUnit: 'kg' }),
          ],
        },
        {
          order: 1,
          exerciseName: 'Pull Up',
          notes: null,
          supersetId: null,
          sets: [set(0, { weightKg: null, originalWeight: null, reps: 8 })],
        },
        {
          order: 2,
          exerciseName: 'Rowing (Machine)',
          notes: null,
          supersetId: null,
          sets: [set(0, { reps: null, weightKg: null, originalWeight: null, distanceM: 2000, durationSec: seconds(480) })],
        },
      ],
    },
    {
      key: '2026-12-03',
      startedAt: '2026-12-03',
      date: '2026-12-03',
      title: null,
      durationMin: null,
      notes: null,
      sessionRpe: null,
      performances: [{ order: 0, exerciseName: 'Squat (Barbell)', notes: null, supersetId: null, sets: [set(0), set(1)] }],
    },
  ],
};

describe('writeStrongCsv', () => {
  const csv = writeStrongCsv(LOG);
  const [header, ...rows] = csvRecords(csv, ';');

  it("should write Strong's ; export header and one row per set plus a Rest Timer row after a set with rest", () => {
    expect(header?.join(';')).toBe(
      'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration',
    );
    expect(rows.map((r) => r.slice(2, 8))).toEqual([
      ['Bench Press (Barbell)', 'W', '45', 'lbs', '10', ''],
      ['Bench Press (Barbell)', '1', '135', 'lbs', '5', '8'],
      ['', 'Rest Timer', '', '', '', ''],
      ['Bench Press (Barbell)', 'F', '135', 'lbs', '3', '10'],
      ['Bench Press (Barbell)', 'D', '40', 'kg', '5', ''],
      ['Pull Up', '1', '', 'lbs', '8', ''],
      ['Rowing (Machine)', '1', '', 'lbs', '', ''],
      ['Squat (Barbell)', '1', '135', 'lbs', '5', ''],
      ['Squat (Barbell)', '2', '135', 'lbs', '5', ''],
    ]);
    expect(rows[2]?.[10]).toBe('180');
    expect(rows[6]?.slice(8, 11)).toEqual(['2000', 'm', '480']);
    expect(rows[0]?.slice(0, 2)).toEqual(['2026-12-01 18:02:00', 'Push; "heavy", day']);
    expect(rows[0]?.slice(11)).toEqual(['elbows in; pause 1"', 'felt good\nslept 8 h', '1h 3m 30s']);
    expect(csv).toContain(';"Push; ""heavy"", day";');
  });

  it('should write a set logged with RIR alone as RPE = 10 − RIR', () => {
    const performance = { order: 0, exerciseName: 'Squat (Barbell)', notes: null, supersetId: null, sets: [set(0, { rir: 2 })] };
    const session = {
      key: '2026-12-05',
      startedAt: '2026-12-05',
      date: '2026-12-05',
      title: null,
      durationMin: null,
      notes: null,
      sessionRpe: null,
    };
    const rir: WorkoutLog = { format: 'liftgraph', unit: 'kg', sessions: [{ ...session, performances: [performance] }] };
    expect(csvRecords(writeStrongCsv(rir), ';')[1]?.[7]).toBe('8');
  });

  it('should keep a date-only session a date', () => {
    expect(rows.at(-1)?.[0]).toBe('2026-12-03');
  });

  it('should read back into the same log (notes with line breaks, quotes and semicolons, rest, distance, body weight)', async () => {
    const again = await importWorkoutLog(csv);
    expect(comparableLog(again)).toEqual(comparableLog(LOG));
    expect(again.sessions[0]?.notes).toBe('felt good\nslept 8 h');
  });

  it.each([
    [63.5, '1h 3m 30s'],
    [45, '45m'],
    [0.92, '55s'],
    [0, '0s'],
  ])('should write %d minutes as %s', (minutes, text) => {
    expect(strongDuration(minutes)).toBe(text);
  });
});

describe('writeLogJson / parseLogJson', () => {
  it('should round-trip a log and state its format and version', () => {
    const text = writeLogJson(LOG, { athlete: { id: 'a1', name: 'Ada' }, exportedAt: '2026-12-07T08:00:00.000Z' });
    expect(JSON.parse(text)).toMatchObject({
      format: 'liftgraph.workout-log',
      version: 1,
      athlete: { id: 'a1', name: 'Ada' },
      unit: 'lbs',
    });
    expect(comparableLog(parseLogJson(text))).toEqual(comparableLog(LOG));
  });

  it.each([
    ['{"format":"liftgraph.workout-log","version":2}', /version: .*expected liftgraph\.workout-log version 1/],
    ['[1', /not JSON/],
  ])('should refuse %s naming the field', (text, message) => {
    expect(() => parseLogJson(text)).toThrowError(message);
  });

  it('should name the set at fault', () => {
    const doc = JSON.parse(writeLogJson(LOG, { athlete: null, exportedAt: 'x' })) as {
      sessions: Array<{ exercises: Array<{ sets: Array<{ reps: unknown }> }> }>;
    };
    const first = doc.sessions[0]?.exercises[0]?.sets[2];
    if (first) first.reps = 2.5;
    expect(() => parseLogJson(JSON.stringify(doc))).toThrowError(/sessions\[0\]\.exercises\[0\]\.sets\[2\]\.reps/);
  });
});
