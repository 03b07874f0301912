import { seconds } from '../units.js';
import type { WeightUnit } from '../units.js';
import { HEVY_COLUMNS } from './hevy-columns.js';
import { LogBuilder } from './log-builder.js';
import { resolveColumns } from './resolve-columns.js';
import { RowReader } from './row-reader.js';
import type { ImporterContext } from './import-options.js';
import { statedUnit } from './unit-reading.js';
import type { CsvFile } from './read-csv.js';
import type { SetType, WorkoutLog } from './workout-log.js';

const ALIASES = HEVY_COLUMNS;
type Key = keyof typeof ALIASES;

const SET_TYPES: Readonly<Record<string, SetType>> = {
  normal: 'working',
  warmup: 'warmup',
  dropset: 'drop',
  failure: 'failure',
};

const M_PER_MILE = 1609.344;

/**
 * Imports a Hevy export (`weight_kg` or `weight_lbs`, `distance_km` or `distance_miles`). Rows come
 * newest-first; sessions (one per `start_time`) are returned oldest first with sets in `set_index`
 * order. `set_type` normal/warmup/dropset/failure maps to working/warmup/drop/failure; an empty
 * weight is a bodyweight set; the session duration is `end_time − start_time`.
 */
export async function importHevy(file: CsvFile, ctx: ImporterContext): Promise<WorkoutLog> {
  const required: Key[] = ['title', 'startTime', 'exerciseTitle', 'setIndex', 'setType', 'reps'];
  let { columns } = resolveColumns(file.header, ALIASES, required, 'Hevy');
  if (columns.weightLbs === undefined) ({ columns } = resolveColumns(file.header, ALIASES, [...required, 'weightKg'], 'Hevy'));
  const reader: RowReader<Key> = new RowReader<Key>(columns, file.header.length, file.delimiter !== ',');
  const weightKey: Key = columns.weightKg === undefined && columns.weightLbs !== undefined ? 'weightLbs' : 'weightKg';
  const unit: WeightUnit = weightKey === 'weightLbs' ? 'lbs' : 'kg';
  const builder = new LogBuilder();

  for await (const record of file.records) {
    reader.bind(record);
    const startedAt = reader.dateTime('startTime', 'the workout start time', ctx.notAfter);
    const endedAt = reader.has('endTime') && reader.text('endTime') !== null ? reader.dateTime('endTime', 'the end time', null) : null;
    const minutes = endedAt === null ? null : (endedAt.epochMs - startedAt.epochMs) / 60_000;
    if (minutes !== null && minutes < 0) {
      reader.fail(
        'endTime',
        `the workout ends (${endedAt?.iso ?? ''}) before it starts (${startedAt.iso})`,
        'correct start_time or end_time',
      );
    }
    const typeText = reader.text('setType')?.toLowerCase() ?? 'normal';
    const type = SET_TYPES[typeText];
    if (type === undefined) {
      reader.fail('setType', `${JSON.stringify(typeText)} is not a Hevy set type`, 'use normal, warmup, dropset or failure');
    }
    const setIndex = reader.wholeNumber('setIndex', { min: 0 });
    const km = reader.number('distanceKm', { min: 0 });
    const miles = reader.number('distanceMiles', { min: 0 });
    const distanceM = km !== null ? km * 1000 : miles !== null ? Math.round(miles * M_PER_MILE * 100) / 100 : null;
    const duration = reader.number('durationSeconds', { min: 0 });
    builder.addSet(
      {
        key: startedAt.iso,
        startedAt,
        title: reader.text('title'),
        durationMin: minutes,
        notes: reader.text('description'),
      },
      {
        name: reader.requiredText('exerciseTitle', 'the exercise title'),
        notes: reader.text('exerciseNotes'),
        supersetId: reader.text('supersetId'),
      },
      {
        type,
        reps: reader.wholeNumber('reps', { min: 0 }),
        ...reader.weight(weightKey, unit),
        originalUnit: unit,
        rpe: reader.number('rpe', { min: 0, max: 10 }),
        rir: null,
        restSec: null,
        distanceM,
        durationSec: duration === null ? null : seconds(duration),
        sourceLine: record.line,
      },
      setIndex,
    );
  }
  const { unitConfidence, unitEvidence } = statedUnit(`the header "${columns[weightKey]?.name ?? weightKey}"`);
  return { ...builder.build('hevy', unit, 'file'), unitConfidence, unitEvidence, repairedLines: [] };
}
