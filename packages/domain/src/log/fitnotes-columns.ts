/** The columns of FitNotes' CSV export, by logical key (names compared folded; `Weight (lbs)` is `Weight` with its unit). */
export const FITNOTES_COLUMNS = {
  date: ['Date'],
  exercise: ['Exercise'],
  category: ['Category'],
  weight: ['Weight'],
  weightUnit: ['Weight Unit'],
  reps: ['Reps'],
  distance: ['Distance'],
  distanceUnit: ['Distance Unit'],
  time: ['Time'],
  comment: ['Comment'],
} as const;
