import { MUSCLE_GROUP_IDS, type MuscleGroupId } from '@liftgraph/domain';
import type { AthleteState } from './athlete-state.js';
import type { Goal } from '@liftgraph/domain/program';
import { VOLUME_LANDMARKS, type VolumeLandmark } from '@liftgraph/domain/science';

export interface WeeklyTarget {
  /** Peak-week hard sets (primary 1, secondary 0.5) the solver aims for. */
  target: number;
  /** Hard ceiling (MRV). */
  ceiling: number;
  /** One line: how the target was reached. */
  why: string;
}

/**
 * Peak-week volume per goal, inside MAV (docs/science.md §Volume landmarks, §Periodisation "RP mesocycle": week 1 at about MEV,
 * add sets each week toward MAV/MRV, then deload; Schoenfeld 2017: more weekly sets, more growth, up
 * to the landmarks). The block starts near MEV (BLOCK_PROGRESSION.firstWeekSetFactor), so the peak is
 * where the block arrives, not where it starts. Strength aims at the bottom of MAV (intensity carries
 * more of the stimulus), general a quarter into MAV, hypertrophy its middle.
 */
const GOAL_POSITION: Record<Goal, (l: VolumeLandmark) => number> = {
  hypertrophy: (l) => (l.mavLow + l.mavHigh) / 2,
  general: (l) => l.mavLow + 0.25 * (l.mavHigh - l.mavLow),
  strength: (l) => l.mavLow,
};

/**
 * Muscles whose MEV is ≤ 2 (glutes, abs, traps, lower back, adductors, forearms …: RP's table says the big
 * compounds already grow them, docs/science.md §Volume landmarks) aim only halfway to the bottom of MAV whatever the
 * goal: their sets come mostly as secondary work of the main lifts, and direct work is a top-up,
 * not a reason to crowd main lifts out of a session.
 */
const INDIRECT_POSITION = (l: VolumeLandmark): number => (l.mev + l.mavLow) / 2;

/**
 * MEV at or below this: the muscle is grown mainly by compound work (forearms: MEV 2, UNVERIFIED in
 * docs/science.md §Volume landmarks, loaded by every pull and carry).
 */
const INDIRECT_MAX_MEV = 2;

function goalPosition(goal: Goal, l: VolumeLandmark): number {
  return l.mev <= INDIRECT_MAX_MEV ? INDIRECT_POSITION(l) : GOAL_POSITION[goal](l);
}

/** Parameters of the state adjustment (editable). ASSUMPTIONS where docs/science.md gives no number. */
export const TARGET_ADJUSTMENT = {
  /** Without enough log, aim this fraction of the goal's volume (unknown tolerance). */
  noHistoryFactor: 0.85,
  /** A block's peak may exceed the athlete's recent peak week by at most this much (+ 2 sets). */
  maxIncreaseOverRecent: 0.2,
  /** ACWR bands (docs/science.md §ACWR zones, descriptive only): caution > 1.3, danger > 1.5. */
  acwrCaution: { above: 1.3, factor: 0.85 },
  acwrDanger: { above: 1.5, factor: 0.7 },
  /** Many performances with ≥ 2 reps lost from first to last set: trim volume. */
  missedReps: { above: 0.3, factor: 0.9 },
  /** Priority muscles are pushed toward MAV high. */
  priorityBoost: 1.2,
};

/**
 * Weekly hard-set targets per muscle within the volume landmarks, adjusted by athlete state:
 * target = goal position in MAV (× priority boost), capped by the recent peak week × 1.2 + 2 when the
 * log covers ≥ 2 weeks (no volume spikes), × ACWR and missed-rep factors; always ≤ MRV.
 */
export function weeklyTargets(
  goal: Goal,
  state: AthleteState,
  priorities: readonly MuscleGroupId[],
  excluded: readonly MuscleGroupId[],
  landmarks: Readonly<Record<MuscleGroupId, VolumeLandmark>> = VOLUME_LANDMARKS,
): Record<MuscleGroupId, WeeklyTarget> {
  const a = TARGET_ADJUSTMENT;
  const out = {} as Record<MuscleGroupId, WeeklyTarget>;
  let stateFactor = 1;
  const notes: string[] = [];
  if (state.acwr !== null && state.acwr > a.acwrDanger.above) {
    stateFactor *= a.acwrDanger.factor;
    notes.push(`ACWR ${state.acwr.toFixed(2)} > ${a.acwrDanger.above}: ×${a.acwrDanger.factor}`);
  } else if (state.acwr !== null && state.acwr > a.acwrCaution.above) {
    stateFactor *= a.acwrCaution.factor;
    notes.push(`ACWR ${state.acwr.toFixed(2)} > ${a.acwrCaution.above}: ×${a.acwrCaution.factor}`);
  }
  if (state.missedRepRate > a.missedReps.above) {
    stateFactor *= a.missedReps.factor;
    notes.push(`${Math.round(state.missedRepRate * 100)} % sets with missed reps: ×${a.missedReps.factor}`);
  }
  for (const m of MUSCLE_GROUP_IDS) {
    const l = landmarks[m];
    if (excluded.includes(m)) {
      out[m] = { target: 0, ceiling: l.mrv, why: 'excluded' };
      continue;
    }
    const isPriority = priorities.includes(m);
    let target = goalPosition(goal, l) * (isPriority ? a.priorityBoost : 1);
    const why = [`${goal} ${target.toFixed(1)} (MEV ${l.mev}, MAV ${l.mavLow}–${l.mavHigh})`];
    if (state.recentWeeks >= 2) {
      const recent = state.recentPeakWeeklySets[m] ?? 0;
      const cap = recent * (1 + a.maxIncreaseOverRecent) + 2;
      if (cap < target) {
        target = Math.max(l.mev, cap);
        why.push(`recent peak ${recent.toFixed(1)}/wk → ≤ ${target.toFixed(1)}`);
      }
    } else {
      target *= a.noHistoryFactor;
      why.push(`no recent log: ×${a.noHistoryFactor}`);
    }
    target *= stateFactor;
    target = Math.min(target, isPriority ? l.mavHigh : (l.mavLow + l.mavHigh) / 2, l.mrv - 1);
    out[m] = { target: Math.max(0, Math.round(target * 2) / 2), ceiling: l.mrv, why: [...why, ...notes].join('; ') };
  }
  return out;
}
