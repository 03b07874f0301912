import { seconds } from '../units.js';
import type { WeightUnit } from '../units.js';
import { distanceToMeters, isDistanceUnit } from './distance-to-meters.js';
import { inferUnitWithEvidence } from './infer-weight-unit.js';
import { type FieldKind, fieldKinds, repairFieldCounts } from './repair-field-count.js';
import { givenUnit, inferredUnit, statedUnit, type UnitReading } from './unit-reading.js';
import { LogBuilder } from './log-builder.js';
import { parseDuration } from './parse-duration.js';
import { parseWeightUnit } from './parse-weight-unit.js';
import { resolveColumns, splitHeader } from './resolve-columns.js';
import type { ResolvedColumns, UnitNamedColumn } from './resolve-columns.js';
import { RowReader } from './row-reader.js';
import type { ColumnRef } from './row-reader.js';
import { STRONG_COLUMNS, STRONG_COMMON_ORDER, STRONG_REQUIRED, hasStrongCommonShape } from './strong-columns.js';
import type { StrongColumn } from './strong-columns.js';
import type { ImporterContext } from './import-options.js';
import type { CsvFile, CsvRecord } from './read-csv.js';
import type { SetType, WorkoutLog } from './workout-log.js';

type Key = StrongColumn;

/** Strong's 2016 export names its weight and distance columns by their unit (`kg`, `km`). */
const UNIT_NAMED: readonly UnitNamedColumn<Key>[] = [
  { key: 'weight', isUnit: (word) => parseWeightUnit(word) !== null },
  { key: 'distance', isUnit: isDistanceUnit },
];

/** The columns of a Strong header: by name, else (a localised common export) by position. */
function strongColumns(header: readonly string[]): ResolvedColumns<Key> {
  const byName = resolveColumns(header, STRONG_COLUMNS, [], 'Strong', UNIT_NAMED);
  const hasRequired = STRONG_REQUIRED.every((key) => byName.columns[key] !== undefined);
  if (!hasRequired && hasStrongCommonShape(header.map((h) => splitHeader(h).name))) {
    const columns: Partial<Record<Key, ColumnRef>> = {};
    STRONG_COMMON_ORDER.forEach((key, index) => {
      // Messages quote the column: the file's own header text, unless it is empty or holds a quote.
      const text = (header[index] ?? '').trim();
      columns[key] = { index, name: text !== '' && !text.includes('"') ? text : STRONG_COLUMNS[key][0] };
    });
    return { columns, units: {} };
  }
  return resolveColumns(header, STRONG_COLUMNS, STRONG_REQUIRED, 'Strong', UNIT_NAMED);
}

/** What each column may hold, for reading back rows with an unquoted delimiter (`repairFieldCounts`). */
const FIELD_KINDS: Readonly<Record<Key, FieldKind>> = {
  date: 'date',
  workoutName: 'label',
  duration: 'duration',
  exerciseName: 'name',
  setOrder: 'setOrder',
  weight: 'number',
  weightUnit: 'weightUnit',
  reps: 'number',
  rpe: 'number',
  distance: 'number',
  distanceUnit: 'distanceUnit',
  seconds: 'number',
  notes: 'text',
  workoutNotes: 'text',
};

/** Strong marks non-working sets with a letter in `Set Order`; `Rest Timer` rows carry the rest in `Seconds`. */
const SET_LETTERS: Readonly<Record<string, SetType>> = { w: 'warmup', d: 'drop', f: 'failure' };
// Localised exports may translate the label, so accept the obvious words rather than one spelling.
const REST_TIMER = /rest|timer|休息|计时|計時/i;

/**
 * Imports a Strong export: the `;` export with a `Weight Unit` column (and a trailing `Workout
 * Duration`), the comma export, the 2016 export whose weight and distance columns are named by their
 * unit (`kg`, `km`), the fully quoted export with units in headers (`Weight (kg)`, `Duration (sec)`,
 * `Distance (meters)`) and localised headers (Chinese, French by name; any other language of the
 * common export by position, see `STRONG_COMMON_ORDER`). `Rest Timer` rows become the `restSec` of the preceding set of the same
 * session and are not sets. Strong writes 0 for unused distance and time, read here as null.
 */
export async function importStrong(file: CsvFile, ctx: ImporterContext): Promise<WorkoutLog> {
  const { columns, units } = strongColumns(file.header);
  const reader: RowReader<Key> = new RowReader<Key>(columns, file.header.length, file.delimiter !== ',');
  const headerUnit = parseWeightUnit(units.weight);
  const perRowUnits = columns.weightUnit !== undefined;
  const durationInSeconds = units.duration !== undefined && /^s(ec(ond)?s?)?$/.test(units.duration);

  const buffered: CsvRecord[] = [];
  for await (const record of file.records) buffered.push(record);
  const { records, repairedLines } = repairFieldCounts(buffered, {
    header: file.header,
    delimiter: file.delimiter,
    kinds: fieldKinds(columns, FIELD_KINDS),
    nameColumn: columns.exerciseName?.index ?? -1,
  });
  let fileUnit: WeightUnit | null = headerUnit ?? ctx.unit ?? null;
  let reading: UnitReading;
  if (headerUnit !== null) reading = statedUnit(`the header "${columns.weight?.name ?? ''}"`);
  else if (perRowUnits) reading = statedUnit(`column "${columns.weightUnit?.name ?? ''}"`);
  else if (ctx.unit !== undefined) reading = givenUnit(ctx.unit);
  else {
    // No unit anywhere: the weights vote (see inferUnitWithEvidence).
    const weightIndex = columns.weight?.index ?? -1;
    // Strong stores kilograms, so round-trip float noise means the export is in pounds.
    const inferred = inferredUnit(
      inferUnitWithEvidence(
        records.map((r) => Number(r.fields[weightIndex] ?? '')),
        { roundTripUnit: 'lbs' },
      ),
    );
    fileUnit = inferred.unitSource === 'inferred' ? inferred.unit : null;
    reading = inferred;
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
      reader.fail(
        'duration',
        `${JSON.stringify(durationText)} is not a duration`,
        'write it as Strong does, e.g. 1h 9m, 45m or 1小时13分钟',
      );
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
  const { unitSource, unitConfidence, unitEvidence } = reading;
  return { ...builder.build('strong', majority ?? fileUnit ?? ctx.unit ?? 'kg', unitSource), unitConfidence, unitEvidence, repairedLines };
}
