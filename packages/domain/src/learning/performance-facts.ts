import type { Exercise } from '../exercise/exercise.js';
import type { LoggedPerformance, LoggedSession, LoggedSet } from '../log/workout-log.js';
import { estimateSetEffort } from '../science/set-effort-proxy.js';
import { addDays } from '../science/calendar-day.js';

/** One athlete's sessions (any order) and how exercise names resolve to the catalog. */
export interface AthleteLog {
  athleteId: string;
  sessions: readonly LoggedSession[];
}

export type ExerciseResolver = (exerciseName: string) => Exercise | null;

/** Per-performance facts, in chronological order (session start, then order in session). */
export interface PerformanceFacts {
  athleteId: string;
  sessionKey: string;
  date: string;
  order: number;
  exerciseName: string;
  exercise: Exercise | null;
  /** Key that identifies "the same exercise" for NEXT edges: the catalog id, else the logged name. */
  exerciseKey: string;
  workingSets: number;
  topWeightKg: number | null;
  topReps: number;
  /** Mean logged rest (s) or null. */
  restSec: number | null;
  /** Top set RPE: logged, from RIR, or the %e1RM effort proxy; null when none can be had. */
  fatigue: number | null;
  volumeKg: number;
  e1rmKg: number;
  bestE1rmKg: number;
  daysSinceLast: number | null;
  /** Index (in the same facts array) of the previous / next occurrence of this exercise, or -1. */
  prev: number;
  next: number;
  sets: readonly LoggedSet[];
}

const isWorking = (s: LoggedSet): boolean => s.type !== 'warmup' && (s.reps ?? 0) >= 1;

/** The top working set: heaviest load, then most reps (the test-pair definition of the gnn issue). */
export function topSet(sets: readonly LoggedSet[]): LoggedSet | null {
  let best: LoggedSet | null = null;
  for (const s of sets) {
    if (!isWorking(s)) continue;
    if (best === null) {
      best = s;
      continue;
    }
    const w = s.weightKg ?? 0;
    const bw = best.weightKg ?? 0;
    if (w > bw || (w === bw && (s.reps ?? 0) > (best.reps ?? 0))) best = s;
  }
  return best;
}

/** Epley e1RM (≤ 12 reps; docs/science.md §e1RM), 0 for unloaded sets. */
function epley(weightKg: number | null, reps: number | null): number {
  if (weightKg === null || weightKg <= 0 || reps === null || reps < 1 || reps > 12) return 0;
  return reps === 1 ? weightKg : weightKg * (1 + reps / 30);
}

/** Performances by order: the array itself when already ordered (as importers and the export give them). */
function inOrder(performances: readonly LoggedPerformance[]): readonly LoggedPerformance[] {
  for (let k = 1; k < performances.length; k++) {
    if ((performances[k - 1] as LoggedPerformance).order > (performances[k] as LoggedPerformance).order)
      return [...performances].sort((a, b) => a.order - b.order);
  }
  return performances;
}

function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The key that identifies "the same exercise": the catalog id, else the logged name (trimmed, lower case). */
export function exerciseKeyOf(exercise: Exercise | null, exerciseName: string): string {
  return exercise?.id ?? `name:${exerciseName.trim().toLowerCase()}`;
}

interface SessionPerformance {
  order: number;
  exerciseName: string;
  exercise: Exercise | null;
  key: string;
  working: readonly LoggedSet[];
}

/**
 * One entry per exercise of a session, in order of first appearance, with its working sets. An exercise
 * logged twice in one session (a back-off block after an accessory, a second entry in the app) is one
 * performance holding all its sets: were it two, the first would have the second as its "next
 * occurrence" — its target — one same-session hop away (the leak of issue #16).
 */
function sessionPerformances(session: LoggedSession, resolve: ExerciseResolver): SessionPerformance[] {
  const out: SessionPerformance[] = [];
  const byKey = new Map<string, SessionPerformance>();
  for (const perf of inOrder(session.performances)) {
    // The logged array itself when every set counts (the usual case), else the working ones.
    const working = perf.sets.every(isWorking) ? perf.sets : perf.sets.filter(isWorking);
    if (working.length === 0) continue;
    const exercise = resolve(perf.exerciseName);
    const key = exerciseKeyOf(exercise, perf.exerciseName);
    const seen = byKey.get(key);
    if (seen) {
      seen.working = [...seen.working, ...working];
      continue;
    }
    const entry = { order: perf.order, exerciseName: perf.exerciseName, exercise, key, working };
    byKey.set(key, entry);
    out.push(entry);
  }
  return out;
}

/** Flattens one athlete's log into performance facts with running per-exercise state (no future data). */
export function performanceFacts(log: AthleteLog, resolve: ExerciseResolver): PerformanceFacts[] {
  const sessions = [...log.sessions].sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
  const facts: PerformanceFacts[] = [];
  const lastByKey = new Map<string, number>();
  const bestByKey = new Map<string, number>();
  const resolved = new Map<string, Exercise | null>();
  const dayCache = new Map<string, number>();
  const dayOf = (date: string): number => {
    let d = dayCache.get(date);
    if (d === undefined) dayCache.set(date, (d = Date.parse(`${date}T00:00:00Z`) / 86_400_000));
    return d;
  };
  const resolveOnce = (name: string): Exercise | null => {
    let exercise = resolved.get(name);
    if (exercise === undefined) {
      exercise = resolve(name);
      resolved.set(name, exercise);
    }
    return exercise;
  };
  for (const session of sessions) {
    for (const perf of sessionPerformances(session, resolveOnce)) {
      const { exercise, key, working } = perf;
      const top = topSet(working);
      // One pass over the working sets: best Epley e1RM, volume, and the logged rests.
      let e1rmKg = 0;
      let volumeKg = 0;
      let restSum = 0;
      let rests = 0;
      for (const s of working) {
        e1rmKg = Math.max(e1rmKg, epley(s.weightKg, s.reps));
        volumeKg += (s.weightKg ?? 0) * (s.reps ?? 0);
        if (s.restSec !== null) {
          restSum += s.restSec;
          rests++;
        }
      }
      const bestE1rmKg = Math.max(bestByKey.get(key) ?? 0, e1rmKg);
      bestByKey.set(key, bestE1rmKg);
      const prev = lastByKey.get(key) ?? -1;
      const prevFacts = prev >= 0 ? facts[prev] : undefined;
      const index = facts.length;
      if (prevFacts) prevFacts.next = index;
      lastByKey.set(key, index);
      facts.push({
        athleteId: log.athleteId,
        sessionKey: session.key,
        date: session.date,
        order: perf.order,
        exerciseName: perf.exerciseName,
        exercise,
        exerciseKey: key,
        workingSets: working.length,
        topWeightKg: top?.weightKg ?? null,
        topReps: top?.reps ?? 0,
        restSec: rests > 0 ? restSum / rests : null,
        fatigue: top ? setFatigue(top, bestE1rmKg) : null,
        volumeKg,
        e1rmKg,
        bestE1rmKg,
        daysSinceLast: prevFacts ? Math.round(dayOf(session.date) - dayOf(prevFacts.date)) : null,
        prev,
        next: -1,
        sets: working,
      });
    }
  }
  return facts;
}

function setFatigue(set: LoggedSet, bestE1rmKg: number): number | null {
  if (set.rpe !== null) return set.rpe;
  if (set.rir !== null) return 10 - set.rir;
  if (set.weightKg === null || set.weightKg <= 0 || bestE1rmKg <= 0) return null;
  return estimateSetEffort(set.weightKg, set.reps ?? 1, bestE1rmKg).rpe;
}

/** Dates from `from` to `to` inclusive, `YYYY-MM-DD`. */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export { dayDiff };
