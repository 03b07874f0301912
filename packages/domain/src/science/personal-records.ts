import { countedRir } from '../capacity/estimate-capacity.js';
import { impliedE1RmKg } from '../capacity/implied-e1rm.js';
import { DomainError } from '../errors.js';
import { type DoneSet, doneWorkingSets, type LoggedWorkoutSession } from './logged-workout.js';
import { SCIENCE_CHOICES } from './science-choices.js';

/** The earlier best a record beat. */
export interface PreviousBest {
  date: string;
  sessionId: string | null;
  weightKg: number;
  reps: number;
  /** That set's e1RM (kg); null for a set without load. */
  e1rmKg: number | null;
}

/**
 * A personal record set in a session (docs/science.md §Personal records):
 * - `e1rm`: the best e1RM of the exercise so far; `previousBest` is the earlier best e1RM (kg);
 * - `reps`: more reps than ever at this load or heavier; `previousBest` is the earlier most reps at ≥ `weightKg`.
 */
export interface PersonalRecord {
  exerciseId: string;
  exerciseName: string;
  kind: 'e1rm' | 'reps';
  date: string;
  sessionId: string | null;
  /** The record set's load (kg, counted as logged: each dumbbell for per-hand lifts, added load for body weight). */
  weightKg: number;
  reps: number;
  /** The record set's e1RM (kg); null for a set without load. */
  e1rmKg: number | null;
  previousBest: number;
  previous: PreviousBest;
}

interface DatedSet extends DoneSet {
  date: string;
  sessionId: string | null;
}

/** A set's e1RM as the whole domain reads it (Epley on reps + counted RIR); null without load or past 12 reps. */
function setE1RmKg(set: DoneSet): number | null {
  if (!(set.weightKg > 0) || set.reps > SCIENCE_CHOICES.maxRepsForEstimate) return null;
  return impliedE1RmKg(set.weightKg, set.reps, countedRir(set).rir);
}

const round2 = (x: number): number => Number(x.toFixed(2));
const EPS = 1e-6;

function earlierSets(history: readonly LoggedWorkoutSession[], session: LoggedWorkoutSession, exerciseId: string): DatedSet[] {
  const sets: DatedSet[] = [];
  for (const h of history) {
    const sameSession = session.sessionId != null && h.sessionId === session.sessionId;
    const before = h.date < session.date || (h.date === session.date && h.sessionId != null && session.sessionId != null);
    if (sameSession || !before) continue;
    for (const e of h.exercises) {
      if (e.exerciseId !== exerciseId) continue;
      for (const s of doneWorkingSets(e.sets)) sets.push({ ...s, date: h.date, sessionId: h.sessionId ?? null });
    }
  }
  return sets;
}

function previousOf(s: DatedSet): PreviousBest {
  const e1Rm = setE1RmKg(s);
  return { date: s.date, sessionId: s.sessionId, weightKg: s.weightKg, reps: s.reps, e1rmKg: e1Rm === null ? null : round2(e1Rm) };
}

/**
 * The personal records a logged `session` sets against the athlete's `history` (their other logged
 * sessions; those dated after the session, and the session itself, are left out). Per exercise of the
 * session, at most one e1RM record (its best set, when it beats every earlier set's e1RM) and one rep
 * record (the heaviest set that did more reps than any earlier set at that load or heavier). Warm-ups
 * and sets not done count for nothing, in the session and in the history. An exercise's first
 * performance sets no record: there is nothing to beat, and calling every debut a record would bury the
 * real ones. e1RM: Epley on reps + RIR as the capacity estimate counts it (sets of 1–12 reps with load).
 */
export function detectPersonalRecords(history: readonly LoggedWorkoutSession[], session: LoggedWorkoutSession): PersonalRecord[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(session.date)) {
    throw new DomainError('INVALID_ARGUMENT', `session.date must be YYYY-MM-DD, got ${session.date}. Fix: pass the day of the session`);
  }
  const records: PersonalRecord[] = [];
  const seen = new Set<string>();
  for (const exercise of session.exercises) {
    if (seen.has(exercise.exerciseId)) continue;
    seen.add(exercise.exerciseId);
    const now = session.exercises.filter((e) => e.exerciseId === exercise.exerciseId).flatMap((e) => doneWorkingSets(e.sets));
    const before = earlierSets(history, session, exercise.exerciseId);
    if (now.length === 0 || before.length === 0) continue;
    const base = {
      exerciseId: exercise.exerciseId,
      exerciseName: exercise.exerciseName ?? exercise.exerciseId,
      date: session.date,
      sessionId: session.sessionId ?? null,
    };

    // e1RM record: the session's best set against the best earlier set.
    let best: { set: DoneSet; e1Rm: number } | null = null;
    for (const set of now) {
      const e1Rm = setE1RmKg(set);
      if (e1Rm !== null && (best === null || e1Rm > best.e1Rm)) best = { set, e1Rm };
    }
    let earlierBest: { set: DatedSet; e1Rm: number } | null = null;
    for (const set of before) {
      const e1Rm = setE1RmKg(set);
      if (e1Rm !== null && (earlierBest === null || e1Rm > earlierBest.e1Rm)) earlierBest = { set, e1Rm };
    }
    if (best && earlierBest && best.e1Rm > earlierBest.e1Rm + EPS) {
      records.push({
        ...base,
        kind: 'e1rm',
        weightKg: best.set.weightKg,
        reps: best.set.reps,
        e1rmKg: round2(best.e1Rm),
        previousBest: round2(earlierBest.e1Rm),
        previous: previousOf(earlierBest.set),
      });
    }

    // Rep record: the heaviest set with more reps than any earlier set at that load or heavier.
    let repRecord: { set: DoneSet; previous: DatedSet } | null = null;
    for (const set of now) {
      let most: DatedSet | null = null;
      for (const b of before) if (b.weightKg >= set.weightKg - EPS && (most === null || b.reps > most.reps)) most = b;
      if (most === null || set.reps <= most.reps) continue;
      const better =
        repRecord === null ||
        set.weightKg > repRecord.set.weightKg + EPS ||
        (Math.abs(set.weightKg - repRecord.set.weightKg) <= EPS && set.reps > repRecord.set.reps);
      if (better) repRecord = { set, previous: most };
    }
    if (repRecord) {
      const e1Rm = setE1RmKg(repRecord.set);
      records.push({
        ...base,
        kind: 'reps',
        weightKg: repRecord.set.weightKg,
        reps: repRecord.set.reps,
        e1rmKg: e1Rm === null ? null : round2(e1Rm),
        previousBest: repRecord.previous.reps,
        previous: previousOf(repRecord.previous),
      });
    }
  }
  return records;
}
