import { countedRir } from '../capacity/estimate-capacity.js';
import { impliedE1RmKg, rirOfRpe } from '../capacity/implied-e1rm.js';
import { isoWeekday } from '../science/calendar-day.js';
import { SCIENCE_CHOICES } from '../science/science-choices.js';
import { doneWorkingSets, isDoneWorkingSet, type DoneSet, type LoggedWorkoutSet } from '../science/logged-workout.js';
import { sessionE1RmKg } from './exercise-history.js';
import { OVERLOAD_DEFAULTS, type OverloadParams } from './overload-defaults.js';

/**
 * How a logged exercise went against what was prescribed (docs/science.md §Autoregulation):
 * - `missed`: reps short of the prescription (a set left blank counts all its reps as missed);
 * - `hard`: every rep done, but with fewer reps in reserve than the target (RPE above it by more than the tolerance);
 * - `easy`: every rep done with more in reserve than the target (logged RIR/RPE, or reps beyond the target);
 * - `on-target`: every rep done within the tolerance of the target RPE, or with no effort logged;
 * - `not-done`: no set done at all — nothing to read a capacity from.
 */
export type Verdict = 'missed' | 'hard' | 'easy' | 'on-target' | 'not-done';

/** What was asked of the exercise on the fulfilled day. */
export interface PrescribedWork {
  reps: number;
  targetRpe: number;
  loadKg: number | null;
}

export interface LoggedVerdict {
  verdict: Verdict;
  /** Reps short of the prescription over all sets, blank sets included. */
  repsShort: number;
  /** Sets left blank (not done). */
  setsNotDone: number;
  done: DoneSet[];
  /** Reps in reserve the hardest done set had at the prescribed reps (logged RIR + reps beyond the target); null when nothing tells. */
  hardestRir: number | null;
  /** Logged RIR of the short sets (the lowest), null when none was logged. */
  shortRir: number | null;
  /** The best e1RM the done sets imply (kg; the capacity estimate's convention), null without loaded sets of 1–12 reps. */
  shownE1RmKg: number | null;
  /**
   * The mean of the done sets' e1RMs (kg; same convention, loaded sets of 1–12 reps), null without any: what the
   * athlete sustained across the sets, fatigue included — the next prescription asks for all its sets again.
   */
  meanE1RmKg: number | null;
  /** The most reps to failure a done set implies (reps + counted RIR): the body-weight analogue of the e1RM. */
  shownToFailure: number | null;
  /** The prescription's RIR (10 − target RPE). */
  targetRir: number;
  /** One line, no change in it: "2 reps short at RIR 0 on Mon 7 Dec". */
  cause: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Mon 7 Dec" for 2026-12-07: how a coach names a session day. */
export function shortDate(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${WEEKDAYS[isoWeekday(date) - 1] ?? ''} ${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''}`;
}

/** A number for a reason line: at most one decimal, no trailing ".0". */
export const num = (x: number): string => String(Number(x.toFixed(1)));
const plural = (n: number, one: string): string => `${num(n)} ${one}${n === 1 ? '' : 's'}`;

/** The RIR a set's logged effort means (logged RIR, else 10 − RPE), null when neither was logged. */
const loggedRir = (s: DoneSet): number | null => countedRir(s).logged;

/**
 * Reads one logged exercise against its prescription (`prescribed`, the fulfilled day's numbers) and
 * says how it went, with the cause in a coach's words. Pure. Warm-ups are left out; a set left blank is
 * missed work, never dropped.
 */
export function readLoggedExercise(
  sets: readonly LoggedWorkoutSet[],
  prescribed: PrescribedWork,
  date: string,
  params: OverloadParams = OVERLOAD_DEFAULTS,
): LoggedVerdict {
  const working = sets.filter((s) => s.warmup !== true);
  const done = doneWorkingSets(working);
  const setsNotDone = working.filter((s) => !isDoneWorkingSet(s)).length;
  const r = prescribed.reps;
  const targetRir = rirOfRpe(prescribed.targetRpe);
  const repsShort = done.reduce((n, s) => n + Math.max(0, r - s.reps), 0) + setsNotDone * r;
  const shortRirs = done.filter((s) => s.reps < r).flatMap((s) => (loggedRir(s) === null ? [] : [loggedRir(s) as number]));
  const shortRir = shortRirs.length > 0 ? Math.min(...shortRirs) : null;
  // Reserve at the prescribed reps: what was logged plus the reps done beyond the target (unlogged: the target's own reserve).
  const reserves = done.map((s) => (loggedRir(s) ?? targetRir) + (s.reps - r));
  const told = done.some((s) => loggedRir(s) !== null || s.reps > r);
  const hardestRir = told && reserves.length > 0 ? Math.min(...reserves) : null;
  const loaded = done.filter((s) => s.weightKg > 0);
  const shownE1RmKg = loaded.length > 0 ? sessionE1RmKg({ date, targetReps: r, sets: loaded }) : null;
  const setE1Rms = loaded
    .filter((s) => s.reps <= SCIENCE_CHOICES.maxRepsForEstimate)
    .map((s) => impliedE1RmKg(s.weightKg, s.reps, countedRir(s).rir));
  const meanE1RmKg = setE1Rms.length > 0 ? setE1Rms.reduce((a, b) => a + b, 0) / setE1Rms.length : null;
  const shownToFailure = done.length > 0 ? Math.max(...done.map((s) => s.reps + countedRir(s).rir)) : null;

  const on = shortDate(date);
  const tolerance = params.rpeTarget.toleranceRpe;
  let verdict: Verdict;
  let cause: string;
  if (done.length === 0) {
    verdict = 'not-done';
    cause = `no set done on ${on}`;
  } else if (repsShort > 0) {
    verdict = 'missed';
    const blank = setsNotDone > 0 ? ` (${plural(setsNotDone, 'set')} not done)` : '';
    cause = `${plural(repsShort, 'rep')} short${shortRir !== null ? ` at RIR ${num(shortRir)}` : ''}${blank} on ${on}`;
  } else {
    const sameReps = done.every((s) => s.reps === done[0]?.reps);
    const work = sameReps ? `${done.length} × ${done[0]?.reps ?? r}` : `${done.map((s) => s.reps).join(', ')} reps`;
    const beyond = done.some((s) => s.reps > r) ? ` (${r} asked)` : '';
    const logged = done.flatMap((s) => (loggedRir(s) === null ? [] : [loggedRir(s) as number]));
    const effort = logged.length > 0 ? ` at RIR ${num(Math.min(...logged))}` : '';
    const target = `(target RIR ${num(targetRir)})`;
    if (hardestRir !== null && hardestRir - targetRir > tolerance) {
      verdict = 'easy';
      cause = `all ${work}${beyond}${effort} on ${on} ${target}`;
    } else if (hardestRir !== null && targetRir - hardestRir > tolerance) {
      verdict = 'hard';
      cause = `${work}${effort} on ${on} ${target}`;
    } else {
      verdict = 'on-target';
      cause = `all ${work}${beyond}${effort || ' (no RIR logged)'} on ${on} ${target}`;
    }
  }
  return { verdict, repsShort, setsNotDone, done, hardestRir, shortRir, shownE1RmKg, meanE1RmKg, shownToFailure, targetRir, cause };
}
