import { seconds } from '../units.js';
import type { WeightUnit } from '../units.js';
import { distanceToMeters } from './distance-to-meters.js';
import { FITNOTES_COLUMNS } from './fitnotes-columns.js';
import { LogBuilder } from './log-builder.js';
import { parseDuration } from './parse-duration.js';
import { parseWeightUnit } from './parse-weight-unit.js';
import { resolveColumns } from './resolve-columns.js';
import { RowReader } from './row-reader.js';
import type { ImporterContext } from './import-options.js';
import { inferUnitWithEvidence } from './infer-weight-unit.js';
import type { CsvFile, CsvRecord } from './read-csv.js';
import { type FieldKind, fieldKinds, repairFieldCounts } from './repair-field-count.js';
import { givenUnit, inferredUnit, statedUnit, type UnitReading } from './unit-reading.js';
import type { WorkoutLog } from './workout-log.js';

const ALIASES = FITNOTES_COLUMNS;
type Key = keyof typeof ALIASES;

/**
 * What each column may hold, for reading back rows whose exercise name has an unquoted comma
 * (`repairFieldCounts`): the category must be one the file's well-formed rows use.
 */
const FIELD_KINDS: Readonly<Record<Key, FieldKind>> = {
  date: 'date',
  exercise: 'name',
  category: 'label',
  weight: 'number',
  weightUnit: 'weightUnit',
  reps: 'number',
  distance: 'number',
  distanceUnit: 'distanceUnit',
  time: 'duration',
  comment: 'text',
};

/**
 * Imports a FitNotes export: the older header with the unit in the column name (`Weight (lbs)`,
 * `Weight (kgs)`) or the newer one with a `Weight Unit` column, with an optional `Comment`.
 * FitNotes has dates but no times, so a session is one calendar date; every set is a working set
 * (FitNotes does not mark warm-ups); a set's comment becomes its performance's notes.
 */
export async function importFitNotes(file: CsvFile, ctx: ImporterContext): Promise<WorkoutLog> {
  const { columns, units } = resolveColumns(file.header, ALIASES, ['date', 'exercise', 'weight', 'reps'], 'FitNotes');
  const reader: RowReader<Key> = new RowReader<Key>(columns, file.header.length, file.delimiter !== ',');
  const headerUnit = parseWeightUnit(units.weight);
  const buffered: CsvRecord[] = [];
  for await (const record of file.records) buffered.push(record);
  const { records, repairedLines } = repairFieldCounts(buffered, {
    header: file.header,
    delimiter: file.delimiter,
    kinds: fieldKinds(columns, FIELD_KINDS),
    nameColumn: columns.exercise?.index ?? -1,
  });
  let fallbackUnit: WeightUnit = headerUnit ?? ctx.unit ?? 'kg';
  let reading: UnitReading;
  if (headerUnit !== null) reading = statedUnit(`the header "${columns.weight?.name ?? ''}"`);
  else if (columns.weightUnit !== undefined) reading = statedUnit(`column "${columns.weightUnit.name}"`);
  else if (ctx.unit !== undefined) reading = givenUnit(ctx.unit);
  else {
    // A FitNotes file without a unit (hand-edited, or an app version that left it out): the weights vote.
    const weightIndex = columns.weight?.index ?? -1;
    const inferred = inferredUnit(inferUnitWithEvidence(records.map((r) => Number(r.fields[weightIndex] ?? ''))));
    fallbackUnit = inferred.unit;
    reading = inferred;
  }
  const rowUnitCounts = new Map<WeightUnit, number>();
  const builder = new LogBuilder();

  for (const record of records) {
    reader.bind(record);
    const day = reader.dateTime('date', 'the date', ctx.notAfter);
    const rowUnitText = reader.text('weightUnit');
    const rowUnit = parseWeightUnit(rowUnitText);
    if (rowUnitText !== null && rowUnit === null) {
      reader.fail('weightUnit', `${JSON.stringify(rowUnitText)} is not a weight unit`, 'write kg, kgs or lbs');
    }
    if (rowUnit !== null) rowUnitCounts.set(rowUnit, (rowUnitCounts.get(rowUnit) ?? 0) + 1);
    const unit = rowUnit ?? fallbackUnit;
    const distance = reader.number('distance', { min: 0 });
    const distanceUnit = reader.text('distanceUnit') ?? (unit === 'kg' ? 'km' : 'mi');
    const distanceM = distance === null || distance === 0 ? null : distanceToMeters(distance, distanceUnit);
    if (distanceM === undefined) {
      reader.fail('distanceUnit', `${JSON.stringify(distanceUnit)} is not a distance unit`, 'write m, km or mi');
    }
    const timeText = reader.text('time');
    const time = timeText === null ? null : parseDuration(timeText);
    if (timeText !== null && time === null) {
      reader.fail('time', `${JSON.stringify(timeText)} is not a duration`, 'write it as h:mm:ss, e.g. 0:30:00');
    }
    builder.addSet(
      { key: day.date, startedAt: { ...day, iso: day.date }, title: null, durationMin: null, notes: null },
      { name: reader.requiredText('exercise', 'the exercise name'), notes: reader.text('comment'), supersetId: null },
      {
        type: 'working',
        reps: reader.wholeNumber('reps', { min: 0 }),
        ...reader.weight('weight', unit),
        originalUnit: unit,
        rpe: null,
        rir: null,
        restSec: null,
        distanceM,
        durationSec: time === null || time === 0 ? null : seconds(time),
        sourceLine: record.line,
      },
      null,
    );
  }
  const majority = [...rowUnitCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const { unitSource, unitConfidence, unitEvidence } = reading;
  return { ...builder.build('fitnotes', majority ?? fallbackUnit, unitSource), unitConfidence, unitEvidence, repairedLines };
}
