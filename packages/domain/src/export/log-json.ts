/**
 * # The training log as JSON (`liftgraph.workout-log`, version 1)
 *
 * A self-describing export of one athlete's log that any program can read without knowing Liftgraph:
 *
 * ```json
 * { "format": "liftgraph.workout-log", "version": 1, "exportedAt": "2026-12-07T08:00:00.000Z",
 *   "athlete": { "id": "…", "name": "…" }, "unit": "kg",
 *   "sessions": [ { "startedAt": "2026-12-07T18:02:00", "date": "2026-12-07", "title": "Push",
 *     "durationMin": 63, "notes": null, "sessionRpe": 8,
 *     "exercises": [ { "name": "Bench Press (Barbell)", "exerciseId": "barbell-bench-press", "notes": null,
 *       "supersetId": null,
 *       "sets": [ { "type": "working", "reps": 5, "weightKg": 61.23, "weight": 135, "unit": "lbs",
 *         "rpe": 8, "rir": null, "restSec": 180, "distanceM": null, "durationSec": null } ] } ] } ] }
 * ```
 *
 * Times are the athlete's local wall clock without a zone (as the logging apps export them). Every
 * set keeps its canonical load (`weightKg`, rounded to 0.01 kg) and the value and unit it was logged in
 * (`weight`, `unit`); `weightKg` null is body weight alone. Sessions are oldest first, exercises and sets
 * in the order done. A reader must refuse a `version` it does not know; version 1 only ever gains
 * optional fields. `logJsonSchema` is the definition (`parseLogJson` reads a file back into a log).
 *
 * @module
 */
import { z } from 'zod';
import { DomainError } from '../errors.js';
import type { LoggedPerformance, WorkoutLog } from '../log/workout-log.js';
import { kg, seconds } from '../units.js';

export const LOG_JSON_FORMAT = 'liftgraph.workout-log';
export const LOG_JSON_VERSION = 1;

const unit = z.enum(['kg', 'lbs']);
const setSchema = z.object({
  type: z.enum(['working', 'warmup', 'drop', 'failure']),
  reps: z.number().int().min(0).nullable(),
  weightKg: z.number().min(0).nullable().describe('canonical load in kg; null = body weight alone'),
  weight: z.number().min(0).nullable().describe('the load as logged, in `unit`'),
  unit,
  rpe: z.number().min(0).max(10).nullable(),
  rir: z.number().min(0).nullable(),
  restSec: z.number().min(0).nullable().describe('rest after this set'),
  distanceM: z.number().min(0).nullable(),
  durationSec: z.number().min(0).nullable(),
});
const exerciseSchema = z.object({
  name: z.string().min(1).describe('the name as logged'),
  exerciseId: z.string().nullable().describe('the Liftgraph catalog exercise it was matched to, when known'),
  notes: z.string().nullable(),
  supersetId: z.string().nullable(),
  sets: z.array(setSchema),
});
const sessionSchema = z.object({
  startedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string().nullable(),
  durationMin: z.number().min(0).nullable(),
  notes: z.string().nullable(),
  sessionRpe: z.number().min(0).max(10).nullable(),
  exercises: z.array(exerciseSchema),
});

/** Version 1 of the JSON export (see the module documentation). */
export const logJsonSchema = z.object({
  format: z.literal(LOG_JSON_FORMAT),
  version: z.literal(LOG_JSON_VERSION),
  exportedAt: z.string(),
  athlete: z.object({ id: z.string(), name: z.string() }).nullable(),
  unit: unit.describe('the unit most sets were logged in'),
  sessions: z.array(sessionSchema),
});

export type LogJson = z.infer<typeof logJsonSchema>;

/** A performance as the exporters take it: a logged one, with the catalog exercise it was matched to when known. */
export type ExportPerformance = LoggedPerformance & { exerciseId?: string | null };

export interface LogJsonOptions {
  athlete: { id: string; name: string } | null;
  /** ISO timestamp of the export (passed in: the writer is pure). */
  exportedAt: string;
}

/** The log as the version-1 JSON document, pretty-printed. Pure. */
export function writeLogJson(log: WorkoutLog, options: LogJsonOptions): string {
  const doc: LogJson = {
    format: LOG_JSON_FORMAT,
    version: LOG_JSON_VERSION,
    exportedAt: options.exportedAt,
    athlete: options.athlete,
    unit: log.unit,
    sessions: log.sessions.map((s) => ({
      startedAt: s.startedAt,
      date: s.date,
      title: s.title,
      durationMin: s.durationMin,
      notes: s.notes,
      sessionRpe: s.sessionRpe,
      exercises: s.performances.map((p: ExportPerformance) => ({
        name: p.exerciseName,
        exerciseId: p.exerciseId ?? null,
        notes: p.notes,
        supersetId: p.supersetId,
        sets: p.sets.map((set) => ({
          type: set.type,
          reps: set.reps,
          weightKg: set.weightKg,
          weight: set.weightKg === null ? null : (set.originalWeight ?? set.weightKg),
          unit: set.weightKg === null || set.originalWeight !== null ? set.originalUnit : 'kg',
          rpe: set.rpe,
          rir: set.rir,
          restSec: set.restSec,
          distanceM: set.distanceM,
          durationSec: set.durationSec,
        })),
      })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Reads a version-1 JSON export back into a log (format `liftgraph`; `sourceLine` is the set's
 * 1-based position in the file's sets). Throws `DomainError('INVALID_ARGUMENT')` naming the first
 * field at fault (e.g. `sessions[3].exercises[0].sets[2].reps`).
 */
export function parseLogJson(text: string): WorkoutLog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DomainError('INVALID_ARGUMENT', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = logJsonSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    throw new DomainError(
      'INVALID_ARGUMENT',
      `${where || 'the document'}: ${issue?.message ?? 'invalid'} (expected ${LOG_JSON_FORMAT} version ${LOG_JSON_VERSION})`,
    );
  }
  let line = 0;
  return {
    format: 'liftgraph',
    unit: parsed.data.unit,
    sessions: parsed.data.sessions.map((s) => ({
      key: s.startedAt,
      startedAt: s.startedAt,
      date: s.date,
      title: s.title,
      durationMin: s.durationMin,
      notes: s.notes,
      sessionRpe: s.sessionRpe,
      performances: s.exercises.map((e, order) => ({
        order,
        exerciseName: e.name,
        notes: e.notes,
        supersetId: e.supersetId,
        sets: e.sets.map((set, index) => ({
          index,
          type: set.type,
          reps: set.reps,
          weightKg: set.weightKg === null ? null : kg(set.weightKg),
          originalWeight: set.weight,
          originalUnit: set.unit,
          rpe: set.rpe,
          rir: set.rir,
          restSec: set.restSec === null ? null : seconds(set.restSec),
          distanceM: set.distanceM,
          durationSec: set.durationSec === null ? null : seconds(set.durationSec),
          sourceLine: ++line,
        })),
      })),
    })),
  };
}
