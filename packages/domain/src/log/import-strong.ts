import { seconds } from '../units.js';
import type { WeightUnit } from '../units.js';
import { distanceToMeters } from './distance-to-meters.js';
import { inferWeightUnit } from './infer-weight-unit.js';
import { LogBuilder } from './log-builder.js';
import { parseDuration } from './parse-duration.js';
import { parseWeightUnit } from './parse-weight-unit.js';
import { resolveColumns } from './resolve-columns.js';
import { RowReader } from './row-reader.js';
import type { ImporterContext } from './import-options.js';
import type { CsvFile, CsvRecord } from './read-csv.js';
import type { SetType, UnitSource, WorkoutLog } from './workout-log.js';

const ALIASES = {
  date: ['Date', '日期'],
  workoutName: ['Workout Name', '锻炼名称'],
  duration: ['Duration', '时长'],
  exerciseName: ['Exercise Name', '运动名称'],
  setOrder: ['Set Order', '设置顺序'],
  weight: ['Weight', '重量'],
  weightUnit: ['Weight Unit', '重量单位'],
  reps: ['Reps', '次'],
  rpe: ['RPE'],
  distance: ['Distance', '距离'],
  distanceUnit: ['Distance Unit', '距离单位'],
  seconds: ['Seconds', '秒'],
  notes: ['Notes', '备注'],
  workoutNotes: ['Workout Notes', '锻炼备注'],
} as const;
type Key = keyof typeof ALIASES;

/** Strong marks non-working sets with a letter in `Set Order`; `Rest Timer` rows carry the rest in `Seconds`. */
const SET_LETTERS: Readonly<Record<string, SetType>> = { w: 'warmup', d: 'drop', f: 'failure' };
// Localised exports may translate the label, so accept the obvious words rather than one spelling.
const REST_TIMER = /rest|timer|休息|计时|計時/i;

/**
 * Imports a Strong export: the `;` export with a `Weight Unit` column, the comma export, the fully
 * quoted export with units in headers (`Weight (kg)`, `Duration (sec)`, `Distance (meters)`) and the
 * Chinese-localised header. `Rest Timer` rows become the `restSec` of the preceding set of the same
 * session and are not sets. Strong writes 0 for unused distance and time, read here as null.
 */
export async function importStrong(file: CsvFile, ctx: ImporterContext): Promise<WorkoutLog> {
  const { columns, units } = resolveColumns(file.header, ALIASES, ['date', 'exerciseName', 'setOrder', 'weight', 'reps'], 'Strong');
  const reader: RowReader<Key> = new RowReader<Key>(columns, file.header.length, file.delimiter !== ',');
  const headerUnit = parseWeightUnit(units.weight);
  const perRowUnits = columns.weightUnit !== undefined;
  const durationInSeconds = units.duration !== undefined && /^s(ec(ond)?s?)?$/.test(units.duration);

  let fileUnit: WeightUnit | null = headerUnit ?? ctx.unit ?? null;
  let unitSource: UnitSource = headerUnit !== null || perRowUnits ? 'file' : ctx.unit !== undefined ? 'caller' : 'inferred';
  let records: AsyncIterable<CsvRecord> | CsvRecord[] = file.records;
  if (fileUnit === null && !perRowUnits) {
    // No unit anywhere: read the whole file first so the weights can vote (see inferWeightUnit).
    const buffered: CsvRecord[] = [];
    for await (const record of file.records) buffered.push(record);
    const weightIndex = columns.weight?.index ?? -1;
    fileUnit = inferWeightUnit(buffered.map((r) => Number(r.fields[weightIndex] ?? '')));
    if (fileUnit === null) unitSource = 'assumed';
    records = buffered;
  }
  const rowUnitCounts = new Map<WeightUnit, number>();
  let lastRowUnit: WeightUnit | null = null;
  const builder = new LogBuilder();

  for await (const record of records) {
    reader.bind(record);
    const startedAt = reader.dateTime('date', 'the workout date', ctx.notAfter);
    const setOrder = reader.requiredText('setOrder', 'the set order');
    if (REST_TIMER.test(setOrder)) {
      const rest = reader.number('seconds', { min: 0 });
      if (rest !== null) builder.addRest(startedAt.iso, seconds(rest));
      continue;
    }
    const letter = SET_LETTERS[setOrder.toLowerCase()];
    if (letter === undefined && !/^\d+(\.0*)?$/.test(setOrder)) {
      reader.fail('setOrder', `${JSON.stringify(setOrder)} is not a set number`, 'use a set number, W, D, F or Rest Timer');
    }
    const orderKey = letter === undefined ? Number(setOrder) : null;
    const rowUnitText = reader.text('weightUnit');
    const rowUnit = parseWeightUnit(rowUnitText);
    if (rowUnitText !== null && rowUnit === null) {
      reader.fail('weightUnit', `${JSON.stringify(rowUnitText)} is not a weight unit`, 'write kg or lbs');
    }
    if (rowUnit !== null) {
      rowUnitCounts.set(rowUnit, (rowUnitCounts.get(rowUnit) ?? 0) + 1);
      lastRowUnit = rowUnit;
    }
    // Strong leaves the unit empty on bodyweight rows: they share the unit of the rows around them.
    const unit = rowUnit ?? fileUnit ?? lastRowUnit ?? ctx.unit ?? 'kg';
    const { weightKg, originalWeight } = reader.weight('weight', unit);
    const distance = reader.number('distance', { min: 0 });
    const distanceUnit = reader.text('distanceUnit') ?? units.distance ?? (unit === 'kg' ? 'km' : 'mi');
    const distanceM = distance === null || distance === 0 ? null : distanceToMeters(distance, distanceUnit);
    if (distanceM === undefined) {
      reader.fail('distanceUnit', `${JSON.stringify(distanceUnit)} is not a distance unit`, 'write m, km or mi');
    }
    const durationText = reader.text('duration');
    const duration = durationText === null ? null : parseDuration(durationText);
    if (durationText !== null && (duration === null || (durationInSeconds && !/^\d+(\.\d+)?$/.test(durationText)))) {
      reader.fail('duration', `${JSON.stringify(durationText)} is not a duration`, 'write it as Strong does, e.g. 1h 9m, 45m or 1小时13分钟');
    }
    const setSeconds = reader.number('seconds', { min: 0 });
    builder.addSet(
      {
        key: startedAt.iso,
        startedAt,
        title: reader.text('workoutName'),
        durationMin: duration === null ? null : Math.round((duration / 60) * 100) / 100,
        notes: reader.text('workoutNotes'),
      },
      { name: reader.requiredText('exerciseName', 'the exercise name'), notes: reader.text('notes'), supersetId: null },
      {
        type: letter ?? 'working',
        reps: reader.wholeNumber('reps', { min: 0 }),
        weightKg,
        originalWeight,
        originalUnit: unit,
        rpe: reader.number('rpe', { min: 0, max: 10 }),
        rir: null,
        restSec: null,
        distanceM,
        durationSec: setSeconds === null || setSeconds === 0 ? null : seconds(setSeconds),
        sourceLine: record.line,
      },
      orderKey,
    );
  }
  const majority = [...rowUnitCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return builder.build('strong', majority ?? fileUnit ?? ctx.unit ?? 'kg', unitSource);
}
