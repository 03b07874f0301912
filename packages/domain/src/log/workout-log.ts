import type { Kilograms, Seconds, WeightUnit } from '../units.js';

/** Where a log came from. */
export type LogFormat = 'strong' | 'hevy' | 'fitnotes' | 'liftgraph';

export type SetType = 'working' | 'warmup' | 'drop' | 'failure';

/** One set as recorded. Canonical unit kg; the logger's original value and unit are kept. */
export interface LoggedSet {
  /** 0-based order of the set within its performance. */
  index: number;
  type: SetType;
  reps: number | null;
  /** null for bodyweight sets without added load. */
  weightKg: Kilograms | null;
  originalWeight: number | null;
  originalUnit: WeightUnit;
  rpe: number | null;
  rir: number | null;
  /** Rest after this set, where the log records it (Strong `Rest Timer` rows). */
  restSec: Seconds | null;
  distanceM: number | null;
  durationSec: Seconds | null;
  /** 1-based line in the source file, for error messages and provenance. */
  sourceLine: number;
}

/** One exercise done in one session, as the logger named it. */
export interface LoggedPerformance {
  /** 0-based order of the exercise within the session. */
  order: number;
  /** The name exactly as the logger wrote it. */
  exerciseName: string;
  sets: LoggedSet[];
  notes: string | null;
  supersetId: string | null;
}

export interface LoggedSession {
  /** Stable key within the log: the start timestamp (ISO, local time) or the date for date-only formats. */
  key: string;
  /** Local start as ISO 8601 without zone (`2020-09-29T07:10:22`), or a date (`2020-09-13`). */
  startedAt: string;
  /** `YYYY-MM-DD`. */
  date: string;
  title: string | null;
  durationMin: number | null;
  notes: string | null;
  sessionRpe: number | null;
  performances: LoggedPerformance[];
}

/**
 * How the log's weight unit was established: stated by the `file` (column or header), given by the
 * `caller`, `inferred` from the values (kg↔lbs conversion float noise), or `assumed` (kg, nothing to go on).
 */
export type UnitSource = 'file' | 'caller' | 'inferred' | 'assumed';

/** A parsed workout log: sessions in chronological order (oldest first). */
export interface WorkoutLog {
  format: LogFormat;
  /** The unit the file recorded weights in. */
  unit: WeightUnit;
  /** Where `unit` came from; absent for logs not produced by an importer. */
  unitSource?: UnitSource;
  /** 0–1: how sure `unit` is: 1 when the file states it or the caller gave it (see `inferUnitWithEvidence`). */
  unitConfidence?: number;
  /** Why `unit`: the column that states it, the caller, or the load evidence it was inferred from. */
  unitEvidence?: string;
  /** 1-based lines whose extra fields (an unquoted comma in a name) were joined back; see `repairFieldCounts`. */
  repairedLines?: number[];
  sessions: LoggedSession[];
}
