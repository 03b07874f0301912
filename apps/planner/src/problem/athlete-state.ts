import {
  acwrAsOf,
  estimateSessionLoads,
  CONFIDENT_MATCH,
  createExerciseMatcher,
  daysBetween,
  type DumbbellRecording,
  type Exercise,
  inferDumbbellRecording,
  isHardSet,
  type LoggedSession,
  type MuscleGroupId,
  type OverloadHistory,
  type PerformedSet,
  SCIENCE_CHOICES,
} from '@liftgraph/domain';
import { type AthleteContext, sessionsOf } from './athlete-context.js';

/** What the planner reads from an athlete's log (no hidden state: only what was logged). */
export interface AthleteState {
  /** Working-set history per catalog exercise id, oldest first (the overload rules' input). */
  historyByExercise: ReadonlyMap<string, OverloadHistory>;
  /** Sessions in which each exercise was done: the "known exercise" familiarity. */
  sessionsByExercise: ReadonlyMap<string, number>;
  /** Mean weekly hard sets per muscle over the last 4 trained weeks (primary 1, secondary 0.5); empty without history. */
  recentWeeklySets: Partial<Record<MuscleGroupId, number>>;
  /** Highest weekly hard sets per muscle among those weeks: the volume the athlete last showed they tolerate (a deload week does not lower it). */
  recentPeakWeeklySets: Partial<Record<MuscleGroupId, number>>;
  /** Weeks that fed `recentWeeklySets`. */
  recentWeeks: number;
  /**
   * Consecutive hard weeks up to the last session, counted back until a lighter week (hard sets
   * < LIGHT_WEEK_FRACTION of the most of the 4 weeks before it, or no training), within the last 12
   * weeks — the weeks since the last (planned or unplanned) deload. 0 without history.
   */
  hardWeeksSinceLighter: number;
  /** The one ACWR (acwrAsOf) on the athlete's today (context.asOf, else the last logged day); null with nothing logged in its window. */
  acwr: number | null;
  /** Share of recent performances whose last set fell ≥ 2 reps short of the first (a fatigue/missed-rep proxy). */
  missedRepRate: number;
  lastSessionDate: string | null;
  sessionCount: number;
  /**
   * Whether the log's numbers for two-dumbbell exercises are one dumbbell or both together (inferred
   * from the paired barbell lifts). Histories of `per-hand` exercises are kept per hand: halved unless
   * the log is read as per hand — when unsure, the log is read as both together, the safe side.
   */
  dumbbellRecording: DumbbellRecording;
}

const MATCHERS = new WeakMap<readonly Exercise[], (name: string) => Exercise | null>();

/** Exact catalog name or id first, then the domain's fuzzy matcher (confident matches only). */
export function defaultResolver(catalog: readonly Exercise[]): (name: string) => Exercise | null {
  const cached = MATCHERS.get(catalog);
  if (cached) return cached;
  const byName = new Map<string, Exercise>();
  for (const e of catalog) {
    byName.set(e.name.toLowerCase(), e);
    byName.set(e.id, e);
  }
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const memo = new Map<string, Exercise | null>();
  let matcher: ReturnType<typeof createExerciseMatcher> | null = null;
  const resolve = (name: string): Exercise | null => {
    const key = name.trim().toLowerCase();
    const hit = byName.get(key) ?? memo.get(key);
    if (hit !== undefined) return hit;
    matcher ??= createExerciseMatcher(catalog);
    const m = matcher.match(name);
    const found = m.exerciseId !== null && m.confidence >= CONFIDENT_MATCH ? (byId.get(m.exerciseId) ?? null) : null;
    memo.set(key, found);
    return found;
  };
  MATCHERS.set(catalog, resolve);
  return resolve;
}

/** Per-hand exercises: the log's dumbbell numbers × this (0.5 unless they are read as per hand — the safe side). */
export function perHandFactorOf(recording: DumbbellRecording): number {
  return recording.recording === 'per-hand' ? 1 : 0.5;
}

const WEEKS_FOR_RECENT = 4;
const WEEKS_FOR_DELOAD_CHECK = 12;
/**
 * A week whose hard sets fall below this share of the most of the 4 weeks before it counts as a
 * lighter (deload) week. ASSUMPTION: a planned deload halves the sets (docs/science.md §Deload timing), i.e. ~0.5–0.65 of
 * the peak; a missed session of three (~0.67) counts too — it also lets fatigue clear.
 */
export const LIGHT_WEEK_FRACTION = 0.7;

/** Consecutive weeks from index 0 (the latest; index k = k weeks earlier) that are not lighter weeks. */
export function hardWeeksSinceLighter(weeklyHardSets: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < weeklyHardSets.length; k++) {
    const x = weeklyHardSets[k] ?? 0;
    if (x === 0) break;
    const before = weeklyHardSets.slice(k + 1, k + 5);
    const ref = before.length === 0 ? 0 : Math.max(...before);
    if (ref > 0 && x < LIGHT_WEEK_FRACTION * ref) break;
    n += 1;
  }
  return n;
}

/** Weeks counted back from the last session: 0 = the 7 days ending on it. */
function weeksBefore(date: string, last: string): number {
  return Math.floor(daysBetween(date, last) / 7);
}

/**
 * The one ACWR (acwrAsOf, as the API's roster and athlete page read it) on `asOf`, default the last
 * logged day. Session loads are estimated over the whole log, as the import stored them (a set's
 * effort proxy depends on the best e1RM so far).
 */
function acwrOn(sessions: readonly LoggedSession[], asOf: string | undefined): number | null {
  const day = asOf ?? sessions.at(-1)?.date;
  if (day === undefined) return null;
  return acwrAsOf(
    estimateSessionLoads(sessions).map((s) => ({ date: s.date, load: s.loadAu })),
    day,
  );
}

/** Derives the planner's view of the athlete from their log. Pure; cost linear in the log length. */
export function athleteState(context: AthleteContext): AthleteState {
  const sessions = sessionsOf(context.history);
  const resolve = context.resolveExercise ?? defaultResolver(context.catalog);
  const dumbbellRecording = inferDumbbellRecording(sessions, resolve);
  const perHandFactor = perHandFactorOf(dumbbellRecording);
  const history = new Map<string, Array<{ date: string; targetReps: number; sets: PerformedSet[] }>>();
  const count = new Map<string, number>();
  const last = sessions.at(-1)?.date ?? null;
  const weekly: Array<Partial<Record<MuscleGroupId, number>>> = Array.from({ length: WEEKS_FOR_RECENT }, () => ({}));
  const weeklyHard = Array.from({ length: WEEKS_FOR_DELOAD_CHECK }, () => 0);
  let recentPerf = 0;
  let missed = 0;
  for (const session of sessions) {
    const week = last === null ? 99 : weeksBefore(session.date, last);
    for (const perf of session.performances) {
      const exercise = resolve(perf.exerciseName);
      if (!exercise) continue;
      const working = perf.sets.filter((s) => s.type !== 'warmup' && (s.reps ?? 0) >= 1);
      if (working.length === 0) continue;
      count.set(exercise.id, (count.get(exercise.id) ?? 0) + 1);
      const factor = exercise.loading === 'per-hand' ? perHandFactor : 1;
      const sets = working.map((s) => ({ weightKg: (s.weightKg ?? 0) * factor, reps: s.reps ?? 0, rpe: s.rpe, rir: s.rir }));
      const list = history.get(exercise.id) ?? [];
      // Logs carry no rep targets: a session counts as reaching its own reps (the fewest of its sets), so
      // the rules never count "missed sessions" against targets the athlete never had, and the top load
      // is only ever paired with reps some set at that load or lighter did.
      list.push({ date: session.date, targetReps: Math.min(...sets.map((s) => s.reps)), sets });
      history.set(exercise.id, list);
      if (week < WEEKS_FOR_DELOAD_CHECK) weeklyHard[week] = (weeklyHard[week] ?? 0) + working.filter(isHardSet).length;
      const bucket = weekly[week];
      if (bucket) {
        recentPerf += 1;
        const first = sets[0]?.reps ?? 0;
        if ((sets.at(-1)?.reps ?? 0) <= first - 2) missed += 1;
        const hard = working.filter(isHardSet).length;
        for (const t of exercise.targets) {
          const w = t.role === 'primary' ? SCIENCE_CHOICES.primarySetWeight : SCIENCE_CHOICES.secondarySetWeight;
          bucket[t.muscle] = (bucket[t.muscle] ?? 0) + w * hard;
        }
      }
    }
  }
  const trained = weekly.filter((w) => Object.keys(w).length > 0);
  const recentWeeklySets: Partial<Record<MuscleGroupId, number>> = {};
  const recentPeakWeeklySets: Partial<Record<MuscleGroupId, number>> = {};
  for (const w of trained) {
    for (const [m, v] of Object.entries(w) as Array<[MuscleGroupId, number]>) {
      recentWeeklySets[m] = (recentWeeklySets[m] ?? 0) + v / trained.length;
      recentPeakWeeklySets[m] = Math.max(recentPeakWeeklySets[m] ?? 0, v);
    }
  }
  return {
    historyByExercise: history,
    sessionsByExercise: count,
    recentWeeklySets,
    recentPeakWeeklySets,
    recentWeeks: trained.length,
    hardWeeksSinceLighter: hardWeeksSinceLighter(weeklyHard),
    acwr: acwrOn(sessions, context.asOf),
    missedRepRate: recentPerf === 0 ? 0 : missed / recentPerf,
    lastSessionDate: last,
    sessionCount: sessions.length,
    dumbbellRecording,
  };
}
