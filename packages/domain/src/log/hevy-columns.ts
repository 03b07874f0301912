/** The columns of Hevy's CSV export, by logical key (names compared folded, see `foldHeaderText`). */
export const HEVY_COLUMNS = {
  title: ['title'],
  startTime: ['start_time'],
  endTime: ['end_time'],
  description: ['description'],
  exerciseTitle: ['exercise_title'],
  supersetId: ['superset_id'],
  exerciseNotes: ['exercise_notes'],
  setIndex: ['set_index'],
  setType: ['set_type'],
  weightKg: ['weight_kg'],
  weightLbs: ['weight_lbs'],
  reps: ['reps'],
  distanceKm: ['distance_km'],
  distanceMiles: ['distance_miles'],
  durationSeconds: ['duration_seconds'],
  rpe: ['rpe'],
} as const;
