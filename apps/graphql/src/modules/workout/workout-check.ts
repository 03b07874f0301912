import { randomUUID } from 'node:crypto';
import { addDays, daysBetween } from '@liftgraph/domain/science';
import type { WorkoutInput } from '@liftgraph/neo4j';
import { ApiError } from '../../errors/api-error.js';
import { intInRange, numberInRange } from '../../errors/validate.js';
import type { LogWorkoutInput } from './workout.input.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
/** How far back a session may be dated. */
export const BACKDATE_MAX_DAYS = 3660;

const withSeconds = (t: string): string => (t.length === 16 ? `${t}:00` : t);

function localTime(name: string, v: string): string {
  if (!LOCAL_TIME.test(v)) throw new ApiError('BAD_USER_INPUT', `${name} must be YYYY-MM-DDTHH:MM[:SS] (local time), got "${v}"`);
  return withSeconds(v);
}

/**
 * Checks a logged workout against the athlete's `today` in `timeZone` and turns it into what the store
 * writes: the date (default today; back-dating allowed, a future date refused), start and end (the
 * duration from them), the program day it fulfils, and every set (a set with no reps must say it was
 * not done; it is kept as not done). Every refusal names the field, the cause and a fix.
 */
export function checkWorkout(input: LogWorkoutInput, today: string, timeZone: string, loggedBy: string): WorkoutInput {
  if (input.date != null && !DATE.test(input.date)) throw new ApiError('BAD_USER_INPUT', `date must be YYYY-MM-DD, got "${input.date}"`);
  const startedAt = input.startedAt == null ? null : localTime('startedAt', input.startedAt);
  const date = input.date ?? startedAt?.slice(0, 10) ?? today;
  if (date > today)
    throw new ApiError('BAD_USER_INPUT', `date ${date} is in the future (today is ${today} in ${timeZone}); log it on or before today`);
  if (daysBetween(date, today) > BACKDATE_MAX_DAYS)
    throw new ApiError('BAD_USER_INPUT', `date ${date} is more than ${BACKDATE_MAX_DAYS} days back; import old logs as a file instead`);
  if (startedAt !== null && startedAt.slice(0, 10) !== date)
    throw new ApiError('BAD_USER_INPUT', `startedAt ${startedAt} is not on date ${date}; give a start time on the session's date`);
  // Without a start time the session starts at noon of its date, keyed uniquely (two such sessions never collide).
  const start = startedAt ?? `${date}T12:00:00`;
  const endedAt = input.endedAt == null ? null : localTime('endedAt', input.endedAt);
  let durationMin = input.durationMin ?? null;
  if (endedAt !== null) {
    const minutes = (Date.parse(`${endedAt}Z`) - Date.parse(`${start}Z`)) / 60_000;
    if (!(minutes > 0) || endedAt.slice(0, 10) > addDays(date, 1))
      throw new ApiError('BAD_USER_INPUT', `endedAt ${endedAt} must be after startedAt ${start} (and within a day); correct the end time`);
    durationMin = Math.round(minutes * 10) / 10;
  }
  if (durationMin != null) numberInRange('durationMin', durationMin, 1, 600);
  if (input.sessionRpe != null) numberInRange('sessionRpe', input.sessionRpe, 1, 10);
  const hasDay = input.week != null || input.day != null;
  if (hasDay && (input.programId == null || input.week == null || input.day == null))
    throw new ApiError('BAD_USER_INPUT', 'week and day name a program day: give programId, week and day together (or none of them)');
  if (input.week != null) intInRange('week', input.week, 0, 100);
  if (input.day != null) intInRange('day', input.day, 0, 6);
  if (input.notes != null && input.notes.length > 2000)
    throw new ApiError('BAD_USER_INPUT', `notes must be at most 2000 characters, got ${input.notes.length}`);
  intInRange('performances.length', input.performances.length, 1, 30);
  const performances = input.performances.map((p, i) => {
    intInRange(`performances[${i}].sets.length`, p.sets.length, 1, 30);
    return {
      exerciseId: p.exerciseId,
      sets: p.sets.map((s, j) => {
        const at = `performances[${i}].sets[${j}]`;
        if (s.reps == null && s.done)
          throw new ApiError(
            'BAD_USER_INPUT',
            `${at}: set ${j + 1} of ${p.exerciseId} has no reps but is marked done; enter its reps or mark it not done (done: false)`,
          );
        if (s.reps != null) intInRange(`${at}.reps`, s.reps, 0, 100);
        if (s.weightKg != null) numberInRange(`${at}.weightKg`, s.weightKg, 0, 500);
        if (s.rpe != null) numberInRange(`${at}.rpe`, s.rpe, 1, 10);
        if (s.rir != null) numberInRange(`${at}.rir`, s.rir, 0, 10);
        if (s.restSec != null) numberInRange(`${at}.restSec`, s.restSec, 0, 3600);
        return {
          reps: s.reps ?? null,
          weightKg: s.weightKg ?? null,
          rpe: s.rpe ?? null,
          rir: s.rir ?? null,
          type: s.warmup ? ('warmup' as const) : ('working' as const),
          done: s.done,
          restBeforeSec: s.restSec ?? null,
        };
      }),
    };
  });
  return {
    athleteId: input.athleteId,
    programId: input.programId ?? null,
    week: input.week ?? null,
    day: input.day ?? null,
    startedAt: start,
    ...(startedAt === null && { key: `${start}~${randomUUID().slice(0, 8)}` }),
    endedAt,
    title: input.title ?? null,
    notes: input.notes ?? null,
    durationMin,
    sessionRpe: input.sessionRpe ?? null,
    loggedBy,
    performances,
  };
}
