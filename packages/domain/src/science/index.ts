/**
 * `@liftgraph/domain/science`: the sports science other packages use (training load, monotony, strain,
 * ACWR, hard sets and volume landmarks, e1RM and capacity), the calendar they count days with, and the
 * units. Browser-safe: no I/O, no Node built-ins (the portal's heat map imports the landmarks from here).
 */
export { SCIENCE_CHOICES, type ScienceChoices } from './science-choices.js';
export {
  addDays,
  dayNumber,
  dateOfDay,
  daysBetween,
  isoWeekday,
  weekStartOf,
  mondayOnOrAfter,
  hoursBetweenWeekdays,
  weekdaysHoursApart,
} from './calendar-day.js';
export { epley } from './one-rep-max-formulas.js';
export { percentOfOneRepMax } from './rpe-table.js';
export { estimateOneRepMax, type EstimateFormula, type EstimateOneRepMaxOptions } from './estimate-one-rep-max.js';
export { toDailyLoads, type DatedLoad, type DailyLoadRange } from './daily-loads.js';
export { estimateSessionLoads, type LoadSession, type LoadSet, type SessionLoadEstimate } from './session-loads.js';
export { dailyLoadSeries, type DailyLoadMetric, type DailyLoadSeriesOptions } from './daily-load-series.js';
export { monotony } from './monotony.js';
export { weeklyLoad, strain } from './strain.js';
export { rollingAcwr, type RollingAcwrMode } from './rolling-acwr.js';
export { ewmaAcwr, type EwmaAcwrOptions, type EwmaAcwrPoint } from './ewma-acwr.js';
export { isHardSet, weeklyHardSetsPerMuscle, type HardSetCandidate, type MuscleSetEntry } from './hard-sets.js';
export {
  VOLUME_LANDMARKS,
  MAX_SETS_PER_MUSCLE_PER_SESSION,
  MIN_RECOVERY_HOURS,
  volumeLandmarkOf,
  volumeZone,
  type VolumeLandmark,
  type VolumeZone,
} from './volume-landmarks.js';

// What an athlete has shown on an exercise (e1RM with uncertainty) and the e1RM a prescription implies.
export { estimateCapacity, transferredCapacity, type Capacity, type CapacitySet } from '../capacity/estimate-capacity.js';
export { capacityTrend, type CapacityTrendPoint } from '../capacity/capacity-trend.js';
export { impliedE1RmKg, loadForE1RmKg, rirOfRpe } from '../capacity/implied-e1rm.js';
export { LOAD_GUARD, prescriptionE1RmKg, guardLimitKg } from '../capacity/load-guard.js';

export { kg, seconds, type Kilograms, type Seconds } from '../units.js';
export { DomainError, type DomainErrorCode } from '../errors.js';
export { median } from './median.js';
export { detectPersonalRecords, type PersonalRecord, type PreviousBest } from './personal-records.js';
export {
  doneWorkingSets,
  isDoneWorkingSet,
  type DoneSet,
  type LoggedWorkoutSession,
  type LoggedWorkoutExercise,
  type LoggedWorkoutSet,
} from './logged-workout.js';
export { acwrAsOf, ACWR_WINDOW_DAYS } from './acwr-as-of.js';
export { isTimeZone, localDate, todayFor } from './today.js';
