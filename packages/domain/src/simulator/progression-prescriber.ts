import { applyOverload } from '../overload/apply-overload.js';
import { doubleProgressionRule } from '../overload/double-progression-rule.js';
import { setRpe } from '../overload/exercise-history.js';
import { fatigueStudyRule } from '../overload/fatigue-study-rule.js';
import { linearProgressionRule } from '../overload/linear-progression-rule.js';
import { OVERLOAD_DEFAULTS, type OverloadParams } from '../overload/overload-defaults.js';
import type { OverloadRule } from '../overload/overload-types.js';
import { exerciseProfile } from './exercise-profile.js';
import type { ExercisePlan, ExercisePrescription, Prescriber, PrescriberContext } from './prescription-types.js';

export type ProgressionKind = 'linear' | 'double' | 'study-rule';

const RULES: Record<ProgressionKind, readonly OverloadRule<OverloadParams>[]> = {
  linear: [linearProgressionRule],
  double: [doubleProgressionRule],
  'study-rule': [fatigueStudyRule],
};

// Only the recent past matters to these rules (3 misses in a row, the last session, the load a week
// ago for exercises done ≤ 3×/week: 3 sessions span ≥ 7 days); a short window keeps the guardrail's
// date parsing cheap (it parses every history date).
const HISTORY_WINDOW = 3;
/** RIR the athlete aims for when picking a first load by feel. ASSUMPTION: a cautious start. */
const STARTING_RIR = 3;

/** The study's fatigue score (0–10): the mean reported RPE of the exercise's last session; 8 (hold) when unlogged. */
function lastSessionFatigue(context: PrescriberContext, exerciseId: string): number {
  const last = context.historyOf(exerciseId).at(-1);
  const rpes = (last?.sets ?? []).map(setRpe).filter((r): r is number => r !== null);
  return rpes.length === 0 ? 8 : rpes.reduce((a, b) => a + b, 0) / rpes.length;
}

function prescribeExercise(
  kind: ProgressionKind,
  plan: ExercisePlan,
  context: PrescriberContext,
  params: OverloadParams,
): ExercisePrescription {
  const base = {
    exerciseId: plan.exerciseId,
    sets: plan.sets,
    restSec: plan.restSec,
    ...(plan.targetRpe === undefined ? {} : { targetRpe: plan.targetRpe }),
  };
  const last = context.lastPrescription(plan.exerciseId);
  if (!last) {
    const reps = kind === 'double' ? plan.repRange.min : plan.repRange.max;
    return { ...base, reps, loadKg: context.startingLoadKg(plan.exerciseId, reps, STARTING_RIR) };
  }
  const profile = exerciseProfile(plan.exerciseId);
  const decision = applyOverload(
    context.historyOf(plan.exerciseId).slice(-HISTORY_WINDOW),
    {
      date: context.date,
      current: { weightKg: last.loadKg, reps: last.reps, restSec: last.restSec, sets: plan.sets },
      equipment: profile.exercise.equipment,
      region: profile.region,
      ...(kind === 'double' ? { repRange: plan.repRange } : {}),
      ...(kind === 'study-rule' ? { fatigue: lastSessionFatigue(context, plan.exerciseId) } : {}),
    },
    RULES[kind],
    params,
  );
  return { ...base, sets: decision.sets ?? plan.sets, reps: decision.reps, loadKg: decision.weightKg, restSec: decision.restSec };
}

/**
 * A baseline progression policy on a fixed split: every template exercise is progressed by one rule of
 * `overload/` through `applyOverload` (so the weekly +10 % guardrail and plate rounding apply):
 * - `linear`: reps fixed at the range top; +2.5 kg upper / +5 kg lower after a fully completed session,
 *   repeat on a miss, −10 % after 3 misses in a row (`linearProgressionRule`);
 * - `double`: reps climb from the range bottom to the top, then + one plate step (`doubleProgressionRule`);
 * - `study-rule`: the study's rule on a fatigue score = mean reported RPE of the last session
 *   (< 7 → +2.5 % load, > 9 → +10 s rest or −1 rep; `fatigueStudyRule`).
 * First sessions start from the athlete's own guess at 3 RIR. Bodyweight moves at 0 kg added load
 * stay at 0 kg (the weekly cap of 110 % of 0 kg is 0), so they progress by reps only.
 */
export function createProgressionPrescriber(kind: ProgressionKind, params: OverloadParams = OVERLOAD_DEFAULTS): Prescriber {
  return {
    id: `${kind}-progression`,
    prescribe(context) {
      return {
        title: context.template.title,
        prescriptions: context.template.exercises.map((plan) => prescribeExercise(kind, plan, context, params)),
      };
    },
  };
}
