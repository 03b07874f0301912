import { DomainError } from '../errors.js';
import { foldHeaderText, splitHeader } from './resolve-columns.js';
import { STRONG_COLUMNS, hasStrongCommonShape } from './strong-columns.js';

/** The file formats `importWorkoutLog` reads. */
export type ImportFormat = 'strong' | 'hevy' | 'fitnotes';

/** Headers each format is recognised by, for detection and for the UNKNOWN_FORMAT message. */
export const EXPECTED_HEADERS: Readonly<Record<ImportFormat, readonly string[]>> = {
  strong: [
    'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
    'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes',
    '"Workout #","Date","Workout Name","Duration (sec)","Exercise Name","Set Order","Weight (kg)","Reps","RPE","Distance (meters)","Seconds","Notes","Workout Notes"',
    '日期,锻炼名称,时长,运动名称,设置顺序,重量,次,距离,秒,备注,锻炼备注,RPE',
    "Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,Distance,Secondes,Notes,Notes d'entraînement,RPE",
    'Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes',
    '(any language) the 12 columns of the comma export, translated, ending in RPE',
  ],
  hevy: [
    'title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg|weight_lbs,reps,distance_km|distance_miles,duration_seconds,rpe',
  ],
  fitnotes: [
    'Date,Exercise,Category,Weight (lbs)|Weight (kgs),Reps,Distance,Distance Unit,Time[,Comment]',
    'Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time[,Comment]',
  ],
};

/** Per format, the columns a header must have; each column is a list of accepted (folded) names. */
const SIGNATURES: readonly (readonly [ImportFormat, readonly (readonly string[])[]])[] = [
  ['hevy', [['start_time'], ['exercise_title'], ['set_index']]],
  ['strong', [STRONG_COLUMNS.date, STRONG_COLUMNS.exerciseName, STRONG_COLUMNS.setOrder].map((names) => names.map(foldHeaderText))],
  ['fitnotes', [['date'], ['exercise'], ['category'], ['reps']]],
];

function headerFields(header: readonly string[] | string): string[] {
  if (typeof header !== 'string') return [...header];
  const line = header.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const delimiter = [';', '\t'].find((d) => line.split(d).length > line.split(',').length) ?? ',';
  return line.split(delimiter).map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * Recognises a workout-log export from its header: the header fields, or the header line itself.
 * Throws a `DomainError` with code `UNKNOWN_FORMAT` that lists the headers each format is expected
 * to have when none matches.
 */
export function detectLogFormat(header: readonly string[] | string): ImportFormat {
  const fields = headerFields(header);
  const folded = fields.map((h) => splitHeader(h).name);
  const names = new Set(folded);
  const match = SIGNATURES.find(([, required]) => required.every((column) => column.some((name) => names.has(name))));
  if (match !== undefined) return match[0];
  if (hasStrongCommonShape(folded)) return 'strong';
  const expected = Object.entries(EXPECTED_HEADERS)
    .flatMap(([format, headers]) => headers.map((h) => `  ${format}: ${h}`))
    .join('\n');
  throw new DomainError(
    'UNKNOWN_FORMAT',
    `Unrecognised workout-log header: ${
      fields
        .map((f) => f.trim())
        .filter((f) => f !== '')
        .join(', ') || '(empty)'
    }.\nExpected one of:\n${expected}\n` + 'Fix: import a Strong, Hevy or FitNotes CSV export unchanged, or pass the format explicitly.',
  );
}
