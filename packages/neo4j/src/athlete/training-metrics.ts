import {
  addDays,
  type CapacitySet,
  capacityTrend,
  dailyLoadSeries,
  type DailyLoadMetric,
  ewmaAcwr,
  type LoadSession,
  monotony,
  type MuscleSetEntry,
  rollingAcwr,
  strain,
  weekStartOf,
  weeklyHardSetsPerMuscle,
  weeklyLoad,
} from '@liftgraph/domain';

/** One calendar week (Monday start) of load metrics, all computed by the domain's science functions. */
export interface WeeklyLoadPoint {
  weekStart: string;
  /** Σ daily load (AU for session-rpe, kg for volume-load). */
  load: number;
  monotony: number | null;
  strain: number | null;
  /** EWMA ACWR (7/28 d) on the week's last day; null during the 28-day warm-up. */
  acwrEwma: number | null;
  /** Uncoupled rolling ACWR on the week's last day. */
  acwrRolling: number | null;
}

/** Weekly load / monotony / strain / ACWR from an athlete's sessions (rest days 0). */
export function weeklyLoadSeries(sessions: readonly LoadSession[], metric: DailyLoadMetric = 'session-rpe'): WeeklyLoadPoint[] {
  if (sessions.length === 0) return [];
  const dates = sessions.map((s) => s.date).sort();
  const from = weekStartOf(dates[0] ?? '');
  const to = addDays(weekStartOf(dates[dates.length - 1] ?? ''), 6);
  const daily = dailyLoadSeries(sessions, { from, to, metric }).map((d) => d.load);
  const ewma = ewmaAcwr(daily);
  const rolling = rollingAcwr(daily);
  const points: WeeklyLoadPoint[] = [];
  for (let i = 0; i + 7 <= daily.length; i += 7) {
    const week = daily.slice(i, i + 7);
    points.push({
      weekStart: addDays(from, i),
      load: weeklyLoad(week),
      monotony: monotony(week),
      strain: strain(week),
      acwrEwma: ewma[i + 6]?.ratio ?? null,
      acwrRolling: rolling[i + 6] ?? null,
    });
  }
  return points;
}

/** Weekly hard sets per muscle (primary 1, secondary 0.5), weeks with any hard set only. */
export function weeklyHardSets(entries: readonly MuscleSetEntry[]): Array<{ weekStart: string; sets: Record<string, number> }> {
  const weeks = [...new Set(entries.map((e) => weekStartOf(e.date)))].sort();
  return weeks
    .map((weekStart) => ({ weekStart, sets: weeklyHardSetsPerMuscle(entries, weekStart) as Record<string, number> }))
    .filter((w) => Object.keys(w.sets).length > 0);
}

export interface SetForE1rm {
  type: string;
  reps: number | null;
  weightKg: number | null;
  rir: number | null;
  rpe: number | null;
}

/** One performance of the exercise as stored: its session and its sets. */
export interface E1rmPerformance {
  date: string;
  sessionId: string;
  sets: readonly SetForE1rm[];
}

/** A point of the e1RM trend: the domain's capacity estimate as of one session day. */
export interface E1rmTrendPoint {
  date: string;
  /** The day's last session with the exercise (the capacity is as of the end of that day). */
  sessionId: string;
  /** Capacity e1RM (kg) as of that day: `estimateCapacity(sets up to the day, the day)`. */
  e1rmKg: number;
  /** The capacity's uncertainty band (kg). */
  lowKg: number;
  highKg: number;
  /** The day's own best set, as an implied e1RM (kg) with the same RIR convention. */
  sessionE1rmKg: number;
}

/**
 * The e1RM trend of one exercise, oldest first: the domain's capacity estimate (`capacityTrend`) as
 * of each session day with a set it can read. One estimate for the planner, the rules and the charts.
 */
export function e1rmTrend(performances: readonly E1rmPerformance[]): E1rmTrendPoint[] {
  const sessionOfDay = new Map<string, string>();
  const sets: CapacitySet[] = [];
  for (const p of performances) {
    sessionOfDay.set(p.date, p.sessionId);
    for (const s of p.sets) sets.push({ date: p.date, weightKg: s.weightKg ?? 0, reps: s.reps ?? 0, rir: s.rir, rpe: s.rpe, type: s.type });
  }
  return capacityTrend(sets).map((t) => ({
    date: t.date,
    sessionId: sessionOfDay.get(t.date) ?? '',
    e1rmKg: t.capacity.e1RmKg,
    lowKg: t.capacity.lowKg,
    highKg: t.capacity.highKg,
    sessionE1rmKg: t.session.e1RmKg,
  }));
}
