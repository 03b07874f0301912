import { dayNumber } from '../science/calendar-day.js';
import { median } from '../science/median.js';
import { SCIENCE_CHOICES } from '../science/science-choices.js';
import { impliedE1RmKg, rirOfRpe } from './implied-e1rm.js';

/** One logged set of one exercise, as the capacity estimate reads it. */
export interface CapacitySet {
  /** `YYYY-MM-DD` of the session. */
  date: string;
  /** External load in kg (the logged number); sets without load say nothing about capacity. */
  weightKg: number;
  reps: number;
  rpe?: number | null;
  rir?: number | null;
  /** Warm-ups are skipped; every other type counts. */
  type?: string | null;
}

/** What the athlete has shown on one exercise: an e1RM with its uncertainty and where it came from. */
export interface Capacity {
  /** Point estimate of the 1RM, kg: the best decayed session estimate of the window. */
  e1RmKg: number;
  /** Relative standard uncertainty (0.03 with plenty of recent low-rep data, up to 0.25). */
  cv: number;
  /** e1RM × (1 − cv) and × (1 + cv): the band the portal draws. */
  lowKg: number;
  highKg: number;
  /** The set behind the estimate. */
  /** The set behind the estimate: `rir` as counted (see CAPACITY_RULES), `loggedRpe` as logged (null: not logged). */
  bestSet: { date: string; weightKg: number; reps: number; rir: number; rirLogged: boolean; loggedRpe: number | null };
  /** Sessions and sets that fed the estimate (after warm-ups, outliers and the window). */
  sessions: number;
  sets: number;
  lastDate: string;
  /** Days from the last session to `asOf`. */
  daysSinceLast: number;
  /** Detraining factor applied to the best set (1 when recent; see CAPACITY_RULES.decay). */
  decay: number;
  /** True when the last session is more than `CAPACITY_RULES.staleAfterDays` before `asOf`: treat as a first exposure. */
  stale: boolean;
}

/**
 * The rules of the estimate (docs/science.md §Capacity; figures are stated assumptions):
 * - window: sessions of the 12 weeks up to the last one count; older ones only when nothing is newer.
 * - unlogged effort counts as 1 RIR: working sets are rarely taken to failure (lifters' reported
 *   sets mostly end 1–3 reps short: Zourdos et al. 2016; Helms et al. 2016), so 1 is the cautious end
 *   of what is typical — an estimate at most 1/30 ≈ 3 % above the set's to-failure Epley value, and
 *   below it for any set actually left 2+ reps short. Logged RIR counts up to 4 (RPE 6, the bottom of
 *   the RIR-based scale's useful range): a set the athlete reported easy says they can lift more, and
 *   not counting it would walk every program down session after session for an athlete who trains
 *   at the prescribed RPE 7.
 * - outliers: with ≥ 3 sessions, a session whose estimate exceeds 1.25 × the median is dropped (a
 *   typo or a unit slip, not a performance).
 * - decay: strength is kept for about 4 weeks without training, then lost slowly (Mujika & Padilla
 *   2000; McMaster et al. 2013): −0.2 %/day after 28 days, never below 0.8.
 * - uncertainty: 3 % base; +4 % with fewer than 3 sessions; +3 % when the best set had > 8 reps to
 *   failure (rep equations spread more); +2 % per 4 weeks since the last session; ≤ 25 %.
 */
export const CAPACITY_RULES = {
  windowDays: 84,
  unloggedRir: 1,
  maxCountedRir: 4,
  outlierFactor: 1.25,
  decay: { graceDays: 28, perDay: 0.002, floor: 0.8 },
  staleAfterDays: 56,
  cv: { base: 0.03, thin: 0.04, thinBelowSessions: 3, highReps: 0.03, highRepsAbove: 8, per4Weeks: 0.02, max: 0.25 },
} as const;

/** Detraining factor after `days` without the exercise (see CAPACITY_RULES.decay). */
export function detrainingFactor(days: number): number {
  const d = CAPACITY_RULES.decay;
  return Math.max(d.floor, 1 - d.perDay * Math.max(0, days - d.graceDays));
}

/**
 * The reps in reserve a set counts with in every e1RM of the domain (capacity, trend, overload
 * rules): logged RIR (else the RIR of the logged RPE) up to `CAPACITY_RULES.maxCountedRir`,
 * `CAPACITY_RULES.unloggedRir` when neither is logged (a value that is not a finite number counts as
 * not logged). `logged` is the logged RIR (≥ 0), null when not logged.
 */
export function countedRir(set: { rir?: number | null; rpe?: number | null }): { rir: number; logged: number | null } {
  const fromRir = set.rir != null && Number.isFinite(set.rir) ? Math.max(0, set.rir) : null;
  const logged = fromRir ?? (set.rpe != null && Number.isFinite(set.rpe) ? rirOfRpe(set.rpe) : null);
  return { rir: Math.min(CAPACITY_RULES.maxCountedRir, logged ?? CAPACITY_RULES.unloggedRir), logged };
}

interface SessionEstimate {
  date: string;
  e1Rm: number;
  sets: number;
  best: Capacity['bestSet'];
}

function sessionEstimates(sets: readonly CapacitySet[]): SessionEstimate[] {
  const byDate = new Map<string, SessionEstimate>();
  for (const set of sets) {
    if (set.type === 'warmup' || !(set.weightKg > 0 && Number.isFinite(set.weightKg)) || !Number.isInteger(set.reps) || set.reps < 1)
      continue;
    if (set.reps > SCIENCE_CHOICES.maxRepsForEstimate) continue;
    const { rir, logged } = countedRir(set);
    const e1Rm = impliedE1RmKg(set.weightKg, set.reps, rir);
    const cur = byDate.get(set.date);
    const best = {
      date: set.date,
      weightKg: set.weightKg,
      reps: set.reps,
      rir,
      rirLogged: logged !== null,
      loggedRpe: logged === null ? null : 10 - logged,
    };
    if (!cur) byDate.set(set.date, { date: set.date, e1Rm, sets: 1, best });
    else {
      cur.sets += 1;
      if (e1Rm > cur.e1Rm) Object.assign(cur, { e1Rm, best });
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The capacity estimate of one athlete on one exercise as of `asOf` (`YYYY-MM-DD`, usually the day
 * the program starts), from that exercise's logged sets, each read with its own load and reps (and
 * RIR/RPE where logged). Null when no set has load and 1–12 reps. See CAPACITY_RULES.
 */
export function estimateCapacity(sets: readonly CapacitySet[], asOf: string): Capacity | null {
  const all = sessionEstimates(sets.filter((s) => s.date <= asOf));
  const last = all.at(-1);
  if (!last) return null;
  const lastDay = dayNumber(last.date);
  const recent = all.filter((s) => lastDay - dayNumber(s.date) <= CAPACITY_RULES.windowDays);
  const mid = median(recent.map((s) => s.e1Rm));
  const kept = recent.length >= 3 ? recent.filter((s) => s.e1Rm <= CAPACITY_RULES.outlierFactor * mid) : recent;
  const asOfDay = dayNumber(asOf);
  let top: { s: SessionEstimate; value: number; decay: number } | null = null;
  for (const s of kept) {
    const decay = detrainingFactor(asOfDay - dayNumber(s.date));
    const value = s.e1Rm * decay;
    if (!top || value > top.value) top = { s, value, decay };
  }
  if (!top) return null;
  const c = CAPACITY_RULES.cv;
  const daysSinceLast = asOfDay - lastDay;
  const cv = Math.min(
    c.max,
    c.base +
      (kept.length < c.thinBelowSessions ? c.thin : 0) +
      (top.s.best.reps + top.s.best.rir > c.highRepsAbove ? c.highReps : 0) +
      c.per4Weeks * Math.floor(Math.max(0, daysSinceLast) / 28),
  );
  return {
    e1RmKg: top.value,
    cv,
    lowKg: top.value * (1 - cv),
    highKg: top.value * (1 + cv),
    bestSet: top.s.best,
    sessions: kept.length,
    sets: kept.reduce((n, s) => n + s.sets, 0),
    lastDate: last.date,
    daysSinceLast,
    decay: top.decay,
    stale: daysSinceLast > CAPACITY_RULES.staleAfterDays,
  };
}

/**
 * Capacity carried over from a related exercise the athlete has done (a TRANSFERS_TO or SIMILAR_TO
 * edge of weight `weight` in [0, 1]), scaled by the two exercises' typical strength `ratio`. The
 * stated discount: × (0.85 + 0.15 × weight) on top of the ratio, and the uncertainty grows by
 * 10 % + 10 % × (1 − weight). The result is always a first exposure (`stale`), so loads from it are
 * a starting point to work up from, never a precise heavy number.
 */
export function transferredCapacity(from: Capacity, ratio: number, weight: number): Capacity {
  const w = Math.min(1, Math.max(0, weight));
  const e1RmKg = from.e1RmKg * ratio * (0.85 + 0.15 * w);
  const cv = Math.min(CAPACITY_RULES.cv.max, from.cv + 0.1 + 0.1 * (1 - w));
  return { ...from, e1RmKg, cv, lowKg: e1RmKg * (1 - cv), highKg: e1RmKg * (1 + cv), stale: true };
}
