import {
  addDays, dailyLoadSeries, type DailyLoadMetric, estimateOneRepMax, ewmaAcwr, type LoadSession, monotony, type MuscleSetEntry,
  rollingAcwr, SCIENCE_CHOICES, strain, weeklyHardSetsPerMuscle, weeklyLoad,
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

/** Monday of the ISO week containing `date` (YYYY-MM-DD). */
export function weekStartOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
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

/** Best Epley e1RM (kg) over a session's working sets, null when no set can give one. */
export function bestE1rmKg(sets: readonly SetForE1rm[]): number | null {
  let best: number | null = null;
  for (const s of sets) {
    const reps = s.reps ?? 0;
    const weight = s.weightKg ?? 0;
    if (s.type === 'warmup' || weight <= 0 || reps < 1 || reps > SCIENCE_CHOICES.maxRepsForEstimate) continue;
    const rir = s.rir ?? (s.rpe != null ? 10 - s.rpe : null);
    const usable = rir !== null && rir >= 0 && reps + rir <= SCIENCE_CHOICES.maxRepsForEstimate ? rir : null;
    const e1rm = estimateOneRepMax(weight, reps, { rir: usable });
    if (best === null || e1rm > best) best = e1rm;
  }
  return best;
}
