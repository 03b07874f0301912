import { type CapacitySet, type Exercise, type LoggedSession, type LoggedSet, median } from '@liftgraph/domain';

/**
 * Debuts (issue #16): the first session date of an exercise, as named in the file, and the top set
 * that day. Everything a predictor may use is the athlete's history strictly before that date.
 */

/** What the athlete had logged of one exercise (as named in the file) before a date. */
export interface ExerciseRecord {
  name: string;
  exercise: Exercise;
  /** Date and top working set (heaviest load, then most reps) of the latest session with a loaded working set. */
  lastDate: string;
  lastTopKg: number;
  lastTopReps: number;
  /** Sessions with a loaded working set. */
  sessions: number;
  /** Every loaded working set so far (for capacity estimates), oldest first. */
  sets: CapacitySet[];
}

export interface DebutQuery {
  athleteId: string;
  date: string;
  /** The exercise as named in the file. */
  name: string;
  exercise: Exercise;
  /** The target: heaviest working-set load that day (kg) and its reps (more reps break ties). */
  actualKg: number;
  actualReps: number;
  /** Loaded exercises logged strictly before `date`, by name. */
  history: readonly ExerciseRecord[];
  /** Sessions (any content) strictly before `date`. */
  sessionsBefore: number;
  /** Median top-set reps of the history (8 when there is none): the rep target a planner would use. */
  typicalReps: number;
}

export type NameResolver = (name: string) => Exercise;

const isLoadedWorking = (s: LoggedSet): boolean =>
  s.type !== 'warmup' && (s.reps ?? 0) >= 1 && s.weightKg !== null && Number.isFinite(s.weightKg) && s.weightKg > 0;

/** The heaviest loaded working set of a day (more reps break ties), or null. */
function topOf(sets: readonly LoggedSet[]): { kg: number; reps: number } | null {
  let best: { kg: number; reps: number } | null = null;
  for (const s of sets) {
    if (!isLoadedWorking(s)) continue;
    const kg = s.weightKg as number;
    const reps = s.reps ?? 0;
    if (best === null || kg > best.kg || (kg === best.kg && reps > best.reps)) best = { kg, reps };
  }
  return best;
}

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The date that ends the first third of the timeline (first to last session date), `YYYY-MM-DD`. */
export function firstThirdEnd(sessions: readonly LoggedSession[]): string | null {
  if (sessions.length === 0) return null;
  let first = sessions[0]?.date ?? '';
  let last = first;
  for (const s of sessions) {
    if (s.date < first) first = s.date;
    if (s.date > last) last = s.date;
  }
  const day = dayNumber(first) + (dayNumber(last) - dayNumber(first)) / 3;
  return new Date(Math.floor(day) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Every first occurrence of an exercise name in one athlete's log whose date passes `include`, with a
 * loaded working set that day, and a snapshot of the history strictly before that date. Names are
 * compared trimmed (an exercise "as named in the file"). One pass over the sessions by date.
 */
export function debutQueries(
  athleteId: string,
  sessions: readonly LoggedSession[],
  resolve: NameResolver,
  include: (date: string) => boolean,
): DebutQuery[] {
  const byDate = new Map<string, LoggedSession[]>();
  for (const s of sessions) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  const dates = [...byDate.keys()].sort();
  const records = new Map<string, ExerciseRecord>();
  const seen = new Set<string>();
  const resolved = new Map<string, Exercise>();
  const exerciseOf = (name: string): Exercise => {
    let e = resolved.get(name);
    if (!e) resolved.set(name, (e = resolve(name)));
    return e;
  };
  const out: DebutQuery[] = [];
  let sessionsBefore = 0;
  for (const date of dates) {
    const day = byDate.get(date) ?? [];
    // The day's sets per name, in order of first appearance.
    const setsByName = new Map<string, LoggedSet[]>();
    for (const session of day)
      for (const p of session.performances) {
        const name = p.exerciseName.trim();
        setsByName.set(name, [...(setsByName.get(name) ?? []), ...p.sets]);
      }
    const history = [...records.values()];
    for (const [name, sets] of setsByName) {
      if (seen.has(name)) continue;
      const top = topOf(sets);
      if (top === null || !include(date)) continue;
      out.push({
        athleteId,
        date,
        name,
        exercise: exerciseOf(name),
        actualKg: top.kg,
        actualReps: top.reps,
        history,
        sessionsBefore,
        typicalReps: history.length > 0 ? Math.round(median(history.map((r) => r.lastTopReps))) : 8,
      });
    }
    for (const [name, sets] of setsByName) {
      seen.add(name);
      const top = topOf(sets);
      if (top === null) continue;
      const old = records.get(name);
      const loaded = sets
        .filter(isLoadedWorking)
        .map((s) => ({ date, weightKg: s.weightKg as number, reps: s.reps ?? 1, rpe: s.rpe, rir: s.rir, type: s.type }));
      records.set(name, {
        name,
        exercise: exerciseOf(name),
        lastDate: date,
        lastTopKg: top.kg,
        lastTopReps: top.reps,
        sessions: (old?.sessions ?? 0) + 1,
        sets: [...(old?.sets ?? []), ...loaded],
      });
    }
    sessionsBefore += day.length;
  }
  return out;
}

/** The debuts of the evaluation contract: first occurrences after the first third of the log's timeline. */
export function findDebuts(athleteId: string, sessions: readonly LoggedSession[], resolve: NameResolver): DebutQuery[] {
  const end = firstThirdEnd(sessions);
  if (end === null) return [];
  return debutQueries(athleteId, sessions, resolve, (date) => date > end);
}
