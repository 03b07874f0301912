/**
 * The columns of Strong's CSV exports, by logical key, in the languages Strong has been seen to
 * export in. Names are compared folded (case, accents and apostrophes ignored; see `foldHeaderText`),
 * so `Réps`, `REPS` and `Reps` are one name. The first name of each key is the one errors cite.
 */
export const STRONG_COLUMNS = {
  date: ['Date', '日期'],
  workoutName: ['Workout Name', '锻炼名称', "Nom de l'entraînement"],
  duration: ['Duration', 'Workout Duration', '时长', 'Durée'],
  exerciseName: ['Exercise Name', '运动名称', "Nom de l'exercice"],
  setOrder: ['Set Order', '设置顺序', 'Ordre de la série'],
  weight: ['Weight', '重量', 'Poids'],
  weightUnit: ['Weight Unit', '重量单位', 'Unité de poids'],
  reps: ['Reps', '次', 'Réps', 'Répétitions'],
  rpe: ['RPE'],
  distance: ['Distance', '距离'],
  distanceUnit: ['Distance Unit', '距离单位', 'Unité de distance'],
  seconds: ['Seconds', '秒', 'Secondes'],
  notes: ['Notes', '备注'],
  workoutNotes: ['Workout Notes', '锻炼备注', "Notes d'entraînement"],
} as const;

export type StrongColumn = keyof typeof STRONG_COLUMNS;

/** The columns every Strong export has, whatever its version. */
export const STRONG_REQUIRED: readonly StrongColumn[] = ['date', 'exerciseName', 'setOrder', 'weight', 'reps'];

/**
 * The column order of Strong's common export (`Date,Workout Name,Duration,Exercise Name,Set Order,
 * Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`). Strong translates every header but `RPE`
 * and keeps this order in each language, so a 12-column header that ends in `RPE` and names nothing
 * this importer knows is read by position (`strongLayoutByPosition`); its rows are still checked field by
 * field, so a file that only looks like it fails on its first row with the column named.
 */
export const STRONG_COMMON_ORDER: readonly StrongColumn[] = [
  'date',
  'workoutName',
  'duration',
  'exerciseName',
  'setOrder',
  'weight',
  'reps',
  'distance',
  'seconds',
  'notes',
  'workoutNotes',
  'rpe',
];

/** True when a header (folded names) has the shape of Strong's common export in an unknown language. */
export function hasStrongCommonShape(foldedNames: readonly string[]): boolean {
  return foldedNames.length === STRONG_COMMON_ORDER.length && foldedNames[foldedNames.length - 1] === 'rpe';
}
