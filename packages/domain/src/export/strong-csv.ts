import type { LoggedPerformance, LoggedSession, LoggedSet, SetType, WorkoutLog } from '../log/workout-log.js';
import { STRONG_COLUMNS, type StrongColumn } from '../log/strong-columns.js';
import { rpeFromRir } from '../science/rpe-table.js';
import { csvField } from './csv-field.js';

/**
 * The columns of Strong's `;` export with a per-row `Weight Unit` and a trailing `Workout Duration`
 * (the richest of the Strong layouts the importer reads), in Strong's order.
 */
export const STRONG_EXPORT_COLUMNS: readonly StrongColumn[] = [
  'date',
  'workoutName',
  'exerciseName',
  'setOrder',
  'weight',
  'weightUnit',
  'reps',
  'rpe',
  'distance',
  'distanceUnit',
  'seconds',
  'notes',
  'workoutNotes',
  'duration',
];

const DELIMITER = ';';
/** Strong's `Set Order` letters for sets that are not working sets (the importer reads them back). */
const SET_LETTER: Readonly<Record<SetType, string | null>> = { working: null, warmup: 'W', drop: 'D', failure: 'F' };
/** Strong's label of a rest row; its `Seconds` is the rest after the set before it. */
export const STRONG_REST_ROW = 'Rest Timer';

type Row = Partial<Record<StrongColumn, string>>;

/** `2020-09-29T07:10:22` → `2020-09-29 07:10:22`; a date alone stays a date. */
const strongDate = (startedAt: string): string => startedAt.replace('T', ' ');

/** Minutes as Strong writes a duration: `1h 9m`, `45m`, `55s`, `1h 2m 30s` (whole seconds). */
export function strongDuration(minutes: number): string {
  const total = Math.round(minutes * 60);
  const parts: string[] = [];
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) parts.push(`${h}h`);
  if (m > 0) parts.push(`${m}m`);
  if (s > 0 || parts.length === 0) parts.push(`${s}s`);
  return parts.join(' ');
}

const num = (n: number | null): string => (n === null ? '' : String(n));

/** Strong's only effort column is RPE: a set logged with RIR alone is written as RPE = 10 − RIR. */
const effortAsRpe = (rir: number | null): number | null => (rir !== null && rir >= 0 && rir <= 10 ? rpeFromRir(rir) : null);

function setRow(session: LoggedSession, p: LoggedPerformance, set: LoggedSet, number: number): Row {
  // The weight as logged (value and unit), so a re-import converts it to the same kilograms.
  const weight = set.weightKg === null ? null : (set.originalWeight ?? set.weightKg);
  const unit = set.weightKg === null || set.originalWeight !== null ? set.originalUnit : 'kg';
  return {
    date: strongDate(session.startedAt),
    workoutName: session.title ?? '',
    exerciseName: p.exerciseName,
    setOrder: SET_LETTER[set.type] ?? String(number),
    weight: num(weight),
    weightUnit: unit,
    reps: num(set.reps),
    rpe: num(set.rpe ?? effortAsRpe(set.rir)),
    distance: num(set.distanceM),
    distanceUnit: set.distanceM === null ? '' : 'm',
    seconds: num(set.durationSec),
    notes: p.notes ?? '',
    workoutNotes: session.notes ?? '',
    duration: session.durationMin === null ? '' : strongDuration(session.durationMin),
  };
}

/** Text columns Strong quotes on every row. */
const QUOTED: ReadonlySet<StrongColumn> = new Set(['workoutName', 'exerciseName', 'notes', 'workoutNotes']);

function line(row: Row): string {
  return STRONG_EXPORT_COLUMNS.map((c) => csvField(row[c] ?? '', DELIMITER, QUOTED.has(c))).join(DELIMITER);
}

/**
 * A workout log as Strong's `;` CSV export (header `Date;Workout Name;Exercise Name;Set Order;Weight;
 * Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration`), which
 * `importWorkoutLog` reads back into the same log: sessions oldest first, one row per set in set order
 * (working sets numbered 1, 2, … as Strong does, warm-up/drop/failure sets `W`/`D`/`F`), each weight as
 * logged with its unit, distance in metres, a set's rest as the `Rest Timer` row after it, the
 * exercise's and the workout's notes on each of their rows, the duration as `1h 9m 30s`.
 *
 * A set logged with RIR and no RPE gets RPE = 10 − RIR (Strong's only effort column; it reads back as
 * RPE). What Strong's format has no column for is not written: session RPE, superset ids, and an
 * exercise entry without any set. Lines end with `\n`; pure.
 */
export function writeStrongCsv(log: WorkoutLog): string {
  // Strong's `;` export calls the duration `Workout Duration` (the importer reads both names).
  const header = STRONG_EXPORT_COLUMNS.map((c) => (c === 'duration' ? 'Workout Duration' : STRONG_COLUMNS[c][0]));
  const lines = [header.join(DELIMITER)];
  for (const session of log.sessions) {
    for (const p of session.performances) {
      let numbered = 0;
      for (const set of p.sets) {
        if (SET_LETTER[set.type] === null) numbered++;
        lines.push(line(setRow(session, p, set, numbered)));
        if (set.restSec !== null)
          lines.push(
            line({
              date: strongDate(session.startedAt),
              workoutName: session.title ?? '',
              setOrder: STRONG_REST_ROW,
              seconds: num(set.restSec),
            }),
          );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
