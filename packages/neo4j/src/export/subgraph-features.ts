import { addDays, ewmaAcwr, monotony, MUSCLE_GROUP_IDS } from '@liftgraph/domain';
import { dayNumber } from './day-number.js';

/**
 * Node features, in column order, with units. Missing values are 0 with a `*_known` flag beside
 * them. Everything is computed from data dated on or before the node's own date (no look-ahead).
 */
export const FEATURE_NAMES = [
  'sets', // working sets (count)
  'reps', // reps of the top working set (heaviest, then most reps)
  'weight_kg', // load of the top set (kg; 0 for bodyweight)
  'rest_sec', 'rest_known', // mean logged rest after working sets (s)
  'rpe', 'rpe_known', // RPE of the top set (0–10), "fatigue"
  'rir', 'rir_known', // reps in reserve of the top set
  'intensity', // top-set load / best e1RM of this exercise so far, this one included (fraction)
  'days_since_last', 'first_occurrence', // days since the athlete's previous performance of this exercise
  'volume_kg', // Σ weight × reps over working sets (kg)
  'training_load_au', // session load of this performance's session: duration × sRPE (AU, domain proxy)
  'weekly_load_au', // Σ daily load over the 7 days ending on this date (AU)
  'training_monotony', // mean / SD of those 7 daily loads (0 when undefined)
  'strain_au', // weekly load × monotony (AU)
  'acwr_ewma', // EWMA 7/28 acute:chronic ratio on this date (0 during the 28-day warm-up)
  'e1rm_kg', // Epley e1RM of the top set (kg)
  'order', // position of the exercise in the session (0-based)
  'mechanic_compound', 'force_push', 'force_pull', 'force_static', 'bodyweight', // exercise descriptors (0/1)
  ...MUSCLE_GROUP_IDS.map((m) => `muscle_${m.replace(' ', '_')}`), // muscle shares of the exercise (sum 1)
] as const;

/** Targets of a node: its athlete's next performance of the same exercise. */
export const TARGET_NAMES = ['next_weight_kg', 'next_reps', 'next_rest_sec'] as const;

export interface PerformanceColumns {
  athleteId: string[];
  id: string[];
  sessionId: string[];
  exerciseId: string[];
  date: string[];
  startedAt: string[];
  order: number[];
  sets: number[];
  reps: number[];
  weightKg: number[];
  restSec: number[];
  rpe: number[];
  rir: number[];
  volumeKg: number[];
  e1rmKg: number[];
}

export interface ExerciseDescriptor {
  compound: boolean;
  force: string | null;
  bodyweight: boolean;
  muscles: Float32Array;
}

export interface DayLoadFeatures {
  weekly: number;
  monotony: number;
  strain: number;
  acwr: number;
}

/** Per athlete, per date: weekly load, monotony, strain and EWMA ACWR over the days up to that date. */
export function dailyLoadFeatures(sessionDates: readonly string[], loads: readonly number[]): Map<string, DayLoadFeatures> {
  const out = new Map<string, DayLoadFeatures>();
  if (sessionDates.length === 0) return out;
  const days = sessionDates.map(dayNumber);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const daily = new Array<number>(last - first + 1).fill(0);
  days.forEach((d, i) => {
    daily[d - first] = (daily[d - first] ?? 0) + (loads[i] ?? 0);
  });
  const acwr = ewmaAcwr(daily);
  const firstDate = [...sessionDates].sort()[0] ?? '';
  for (let t = 0; t < daily.length; t += 1) {
    const week = Array.from({ length: 7 }, (_, k) => daily[t - 6 + k] ?? 0);
    const weekly = week.reduce((a, b) => a + b, 0);
    const m = monotony(week) ?? 0;
    out.set(addDays(firstDate, t), { weekly, monotony: m, strain: weekly * m, acwr: acwr[t]?.ratio ?? 0 });
  }
  return out;
}

export const NUM_FEATURES = FEATURE_NAMES.length;
