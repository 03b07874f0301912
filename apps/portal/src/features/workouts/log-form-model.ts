import type { WeightUnit } from '@liftgraph/domain';
import { kgFromInput, weightInputValue } from '~/lib/format-units';
import type { LoggedSession, LogSetInput, LogWorkoutInput } from './workouts.api';

/** What the athlete types for one set: text as typed (empty until entered), the done tick, the rest the timer measured. */
export interface SetDraft {
  reps: string;
  weight: string;
  effort: string;
  done: boolean;
  /** Seconds between the previous set ticked done and this one (the rest timer), null for the first set. */
  restSec: number | null;
}

/** One exercise of the session: prescribed (with its order) or added by the athlete (ad hoc). */
export interface ExerciseDraft {
  key: string;
  exerciseId: string;
  exerciseName: string;
  /** Body-weight exercise: the weight is the added load and may stay empty. */
  bodyweight: boolean;
  /** Place in the prescription; null for an ad-hoc exercise. */
  order: number | null;
  sets: SetDraft[];
}

export type EffortScale = 'rir' | 'rpe';

export interface SessionDraft {
  date: string;
  /** HH:MM[:SS], local, as typed; left empty it is filled on save by `withDefaultTimes`. */
  start: string;
  /** HH:MM[:SS], local, as typed; left empty on a session logged today it is the time of saving. */
  end: string;
  notes: string;
  sessionRpe: string;
  effort: EffortScale;
  unit: WeightUnit;
  exercises: ExerciseDraft[];
}

export const emptySet = (): SetDraft => ({ reps: '', weight: '', effort: '', done: false, restSec: null });

/** The prescription as empty set rows: numbers are entered by the athlete, never prefilled. */
export function draftFromPrescription(
  prescriptions: ReadonlyArray<{ order: number; exerciseId: string; exerciseName: string; sets: number; bodyweight: boolean }>,
): ExerciseDraft[] {
  return prescriptions.map((rx) => ({
    key: `rx-${rx.order}`,
    exerciseId: rx.exerciseId,
    exerciseName: rx.exerciseName,
    bodyweight: rx.bodyweight,
    order: rx.order,
    sets: Array.from({ length: Math.max(1, rx.sets) }, emptySet),
  }));
}

const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
const hhmm = (iso: string | null): string => (iso && /T\d{2}:\d{2}/.test(iso) ? (iso.split('T')[1] ?? '').slice(0, 8) : '');

/** A logged session back as the same form, to edit it, its weights in `unit` (the athlete's; kg by default). */
export function draftFromSession(session: LoggedSession, bodyweightIds: ReadonlySet<string>, unit: WeightUnit = 'kg'): SessionDraft {
  const anyRpe = session.exercises.some((e) => e.sets.some((s) => s.rpe !== null && s.rir === null));
  const effort: EffortScale = anyRpe ? 'rpe' : 'rir';
  return {
    date: session.date.slice(0, 10),
    start: hhmm(session.startedAt),
    end: hhmm(session.endedAt),
    notes: session.notes ?? '',
    sessionRpe: text(session.sessionRpe),
    effort,
    unit,
    exercises: session.exercises.map((e, i) => ({
      key: `logged-${i}`,
      exerciseId: e.exerciseId,
      exerciseName: e.exerciseName,
      bodyweight: bodyweightIds.has(e.exerciseId),
      order: null,
      sets: e.sets
        .filter((s) => !s.warmup)
        .map((s) => ({
          reps: text(s.reps),
          weight: weightInputValue(s.weightKg, { unit }),
          effort: text(effort === 'rpe' ? s.rpe : s.rir),
          done: s.done,
          restSec: s.restSec,
        })),
    })),
  };
}

export type BuildResult = { ok: true; input: LogWorkoutInput } | { ok: false; errors: string[] };

const parse = (v: string): number | null => (v.trim() === '' ? null : Number(v.replace(',', '.')));

/** "2026-12-07T18:05:00" from HH:MM or HH:MM:SS; an end before the start ran past midnight (the next day). */
function localStamp(date: string, time: string, after?: string): string | null {
  if (time === '') return null;
  const clock = time.length === 5 ? `${time}:00` : time;
  const stamp = `${date}T${clock}`;
  if (after !== undefined && stamp < after) {
    const next = new Date(`${date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return `${next.toISOString().slice(0, 10)}T${clock}`;
  }
  return stamp;
}

/**
 * The form as a logWorkout input, or every reason it cannot be sent. A set ticked done needs its reps (and
 * its weight unless body weight); a set left blank and unticked is sent as not done (reps null); a set with
 * numbers but no tick is refused, so nothing is dropped or guessed.
 */
export function buildLogInput(
  draft: SessionDraft,
  context: { athleteId: string; programId: string | null; week: number | null; day: number | null; title: string | null },
): BuildResult {
  const errors: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.push('Date: pick the day you trained.');
  const performances = draft.exercises.map((ex) => ({
    exerciseId: ex.exerciseId,
    sets: ex.sets.map((s, j): LogSetInput => {
      const where = `${ex.exerciseName}, set ${j + 1}`;
      const reps = parse(s.reps);
      const weight = parse(s.weight);
      const effort = parse(s.effort);
      if (reps !== null && (!Number.isInteger(reps) || reps < 0 || reps > 100))
        errors.push(`${where}: reps must be a whole number from 0 to 100.`);
      if (weight !== null && (!Number.isFinite(weight) || weight < 0))
        errors.push(`${where}: weight must be a number of ${draft.unit} ≥ 0.`);
      const [lo, hi] = draft.effort === 'rir' ? [0, 10] : [1, 10];
      if (effort !== null && (!Number.isFinite(effort) || effort < lo || effort > hi))
        errors.push(`${where}: ${draft.effort.toUpperCase()} must be between ${lo} and ${hi}.`);
      if (s.done && reps === null) errors.push(`${where}: ticked done but the reps are empty — enter them or untick the set.`);
      if (s.done && weight === null && !ex.bodyweight) errors.push(`${where}: enter the weight you lifted.`);
      if (!s.done && (reps !== null || weight !== null || effort !== null))
        errors.push(`${where}: has numbers but is not ticked done — tick it, or clear it to save it as not done.`);
      // Typed in the form's unit, stored in kg exactly (135 lb → 61.23496995 kg, which reads back as 135 lb).
      const kg = weight === null || !Number.isFinite(weight) ? weight : kgFromInput(weight, draft);
      return {
        reps: s.done ? reps : null,
        weightKg: s.done ? kg : null,
        rir: s.done && draft.effort === 'rir' ? effort : null,
        rpe: s.done && draft.effort === 'rpe' ? effort : null,
        restSec: s.done ? s.restSec : null,
        done: s.done,
        warmup: false,
      };
    }),
  }));
  if (!performances.some((p) => p.sets.some((s) => s.done))) errors.push('Tick at least one set done before saving the session.');
  if ((draft.start === '') !== (draft.end === ''))
    errors.push('Started / Ended: give both times (the session-RPE load uses the duration between them), or leave both empty.');
  // Optional (the API takes null: the session then has no session-RPE load); the API's range is 1–10.
  const rpe = parse(draft.sessionRpe);
  if (rpe !== null && (!Number.isFinite(rpe) || rpe < 1 || rpe > 10))
    errors.push('Session RPE: rate the whole session from 1 (very easy) to 10 (maximal), or leave it empty.');
  const startedAt = localStamp(draft.date, draft.start);
  const endedAt = localStamp(draft.date, draft.end, startedAt ?? undefined);
  if (startedAt !== null && endedAt !== null) {
    const minutes = (Date.parse(`${endedAt}Z`) - Date.parse(`${startedAt}Z`)) / 60_000;
    if (!(minutes >= 1 && minutes <= 600))
      errors.push(
        `Started / Ended: ${draft.start}–${draft.end} is ${Math.round(minutes)} min; a session lasts 1 min to 10 h — correct the times.`,
      );
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      athleteId: context.athleteId,
      date: draft.date,
      programId: context.programId,
      week: context.week,
      day: context.day,
      title: context.title,
      startedAt,
      endedAt,
      notes: draft.notes.trim() === '' ? null : draft.notes.trim(),
      sessionRpe: rpe,
      performances: performances.filter((p) => p.sets.length > 0),
    },
  };
}

/** Session length assumed when the athlete has no logged session with a duration yet. */
export const DEFAULT_SESSION_MIN = 60;

/** The athlete's typical session length: the median duration of their logged sessions, else `DEFAULT_SESSION_MIN`. */
export function typicalSessionMinutes(sessions: ReadonlyArray<{ durationMin: number | null }>): number {
  const known = sessions
    .map((s) => s.durationMin)
    .filter((m): m is number => m !== null && m >= 1 && m <= 600)
    .sort((a, b) => a - b);
  if (known.length === 0) return DEFAULT_SESSION_MIN;
  const mid = Math.floor(known.length / 2);
  const median = known.length % 2 === 1 ? (known[mid] ?? 0) : ((known[mid - 1] ?? 0) + (known[mid] ?? 0)) / 2;
  return Math.round(median);
}

const seconds = (time: string): number => {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return h * 3600 + m * 60 + s;
};
const timeOfSeconds = (sec: number): string =>
  [Math.floor(sec / 3600), Math.floor(sec / 60) % 60, sec % 60].map((n) => String(n).padStart(2, '0')).join(':');

/**
 * The times a session is saved with when the athlete left them empty: a session logged today ends now; a
 * start left empty is the end minus `minutes` (the typical session), not before midnight of the day. Typed
 * times are kept as typed; a past session with no times keeps none (the server then stores no duration).
 */
export function withDefaultTimes(draft: SessionDraft, today: string, now: Date, minutes: number): SessionDraft {
  const end = draft.end === '' && draft.date === today ? timeOfDay(now) : draft.end;
  const start = draft.start === '' && end !== '' ? timeOfSeconds(Math.max(0, seconds(end) - Math.round(minutes * 60))) : draft.start;
  return start === draft.start && end === draft.end ? draft : { ...draft, start, end };
}

/** "2:05" for the rest timer. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** HH:MM:SS of a Date in the browser's time. */
export function timeOfDay(d: Date): string {
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}
