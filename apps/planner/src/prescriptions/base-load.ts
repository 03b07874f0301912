import {
  applyGuardrails,
  applyOverload,
  type Capacity,
  CAPACITY_RULES,
  type Exercise,
  linearProgressionRule,
  OVERLOAD_DEFAULTS,
  type OverloadHistory,
  plateIncrementKg,
  roundLoadKg,
  rpeTargetRule,
  formatWeight,
} from '@liftgraph/domain';
import { daysBetween } from '@liftgraph/domain/science';
import type { PrescriptionSource } from '@liftgraph/domain/program';
import { capacityText, guardLimitKg, LOAD_GUARD } from './load-guard.js';
import type { PredictionSource } from './prediction-source.js';
import {
  acwrText,
  changeHead,
  decisionHead,
  guardNotes,
  increaseSwallowed,
  oneLine,
  repConversion,
  ruleReason,
  sessionText,
} from './rationale.js';
import { type DebutSource, modelDebutLoad } from './debut-load.js';
import { rtsFraction } from './strength-ratios.js';
import { firstExposureLoad, type TransferInput } from './transfer-load.js';

export interface LoadInput extends TransferInput {
  athleteId: string;
  /** `YYYY-MM-DD` of the session. */
  date: string;
  history: OverloadHistory;
  acwr: number | null;
  predictionSource?: PredictionSource;
  /** The served debut model, for exercises never logged (not comebacks: those stay the rules' stale-capacity path). */
  debutSource?: DebutSource;
  restSec: number;
  sets: number;
  /** The athlete's own capacity on this exercise as of `date` (see estimateCapacity), or null. */
  capacity: Capacity | null;
}

export interface LoadDecision {
  /** kg; null = body weight alone. */
  loadKg: number | null;
  source: PrescriptionSource;
  rationale: string;
  /** Fewer reps than asked, for a hard body-weight or complex exercise done for the first time. */
  reps?: number;
  /** No recent history of this exercise: the load is a starting point to work up from. */
  firstExposure: boolean;
}

/**
 * First exposures of exercises that are hard at body weight or technically complex (level
 * intermediate/expert, moved by the body or trained for stability/carries) start at low reps:
 * 5 for intermediate, 3 for expert, "or an easier variant" (a Nordic curl from zero exposure is not 2 × 12).
 */
export const FIRST_EXPOSURE_REPS = { intermediate: 5, expert: 3 } as const;
const COMPLEX_PATTERNS = new Set(['core-stability', 'carry', 'rotation', 'other']);

function firstExposureReps(exercise: Exercise, reps: number): number | undefined {
  if (exercise.level === 'beginner' || !(exercise.bodyweight || COMPLEX_PATTERNS.has(exercise.pattern))) return undefined;
  const cap = FIRST_EXPOSURE_REPS[exercise.level];
  return reps > cap ? cap : undefined;
}

/** Body-weight exercises: the added load of the last session (held), or body weight alone; first exposures at low reps. */
function bodyweightLoad(input: LoadInput): LoadDecision {
  const { exercise, history, reps, targetRpe } = input;
  const last = history.at(-1);
  const first =
    !last ||
    input.capacity?.stale === true ||
    (input.capacity === null && last.sets.every((s) => s.weightKg <= 0) && isOld(last.date, input.date));
  if (first) {
    const fewer = firstExposureReps(exercise, reps);
    const r = fewer ?? reps;
    return {
      loadKg: null,
      source: 'default',
      firstExposure: true,
      ...(fewer !== undefined ? { reps: fewer } : {}),
      rationale: `body weight, first exposure: ${r} reps${fewer !== undefined ? ' (or an easier variant)' : ''}, work up to RPE ${LOAD_GUARD.firstExposureRpe} and adjust`,
    };
  }
  const added = Math.max(0, ...last.sets.map((s) => s.weightKg));
  if (added > 0) {
    return {
      loadKg: added,
      source: 'rules',
      firstExposure: false,
      rationale: `body weight + ${fmtKg(added)}: as last time (${sessionText(last)}), ${reps} reps @ RPE ${targetRpe}`,
    };
  }
  return {
    loadKg: null,
    source: 'rules',
    firstExposure: false,
    rationale: `body weight: ${reps} reps @ RPE ${targetRpe} (last ${sessionText(last)}); add load once the top of the range feels easy`,
  };
}

/** No set for longer than the capacity estimate's stale limit (8 weeks): a first exposure again. */
function isOld(lastDate: string, date: string): boolean {
  return daysBetween(lastDate, date) > CAPACITY_RULES.staleAfterDays;
}

const LOWER = new Set(['quadriceps', 'hamstrings', 'glutes', 'calves', 'adductors', 'abductors', 'lower back']);
const fmtKg = (x: number): string => `${Number(x.toFixed(2))} kg`;

/**
 * Loads of an exercise last done long ago are discounted (detraining; docs/science.md §Banister parameters: fitness decays
 * with τ ≈ 42 d). ASSUMPTION, conservative coaching practice: −5 % after 4 weeks off, −10 % after 8.
 */
export const LAYOFF_DISCOUNT = [
  { afterDays: 56, factor: 0.9 },
  { afterDays: 28, factor: 0.95 },
] as const;

function layoffFactor(lastDate: string, date: string): { factor: number; note: string } {
  const days = daysBetween(lastDate, date);
  const rule = LAYOFF_DISCOUNT.find((r) => days >= r.afterDays);
  return rule
    ? { factor: rule.factor, note: `${Math.floor(days / 7)} weeks since last done: −${Math.round((1 - rule.factor) * 100)} %` }
    : { factor: 1, note: '' };
}

function regionOf(e: Exercise): 'upper' | 'lower' {
  const top = [...e.targets].sort((a, b) => b.share - a.share)[0];
  return top && LOWER.has(top.muscle) ? 'lower' : 'upper';
}

/** Converts a load for `fromReps` to the load for `toReps` at the same effort (RTS chart). */
function convertReps(loadKg: number, fromReps: number, toReps: number, rpe: number): number {
  return fromReps === toReps ? loadKg : (loadKg * rtsFraction(toReps, rpe)) / rtsFraction(fromReps, rpe);
}

/**
 * The first-week load of one exercise at `reps` reps and `targetRpe`, never past what the athlete
 * has shown: the rules' or the model's load (below) is lowered to the load guard's limit (the
 * capacity estimate + LOAD_GUARD.marginPct at `reps` and `targetRpe`) when it is heavier. The rules
 * progress within that room; the guard keeps every later week inside it too. Exercises with no capacity, or
 * none for > 8 weeks, are first exposures (firstExposureLoad); body-weight exercises keep their added load.
 * 1. `gnn`: the model's prediction, converted to the target reps and clamped by the domain guardrails
 *    (+10 %/week cap, ACWR bands), by the rules' own proposal + one plate step (the model may be bolder
 *    than the rules only by one step per session) and a −15 % floor under the last load;
 * Loads of exercises not done for ≥ 4 / 8 weeks are discounted 5 / 10 % (LAYOFF_DISCOUNT).
 * 2. `rules`: applyOverload over the exercise's history (RPE autoregulation when RPE is logged, else
 *    linear progression: + one step after a completed session, hold on a miss, −10 % after 3 misses);
 * 3. first exposures (`rules` from a stale estimate, `transfer`, `default`): see firstExposureLoad; an
 *    exercise never logged takes the served debut model's load when it has one (`gnn`, modelDebutLoad).
 */
export function baseLoad(input: LoadInput): LoadDecision {
  const { exercise, reps, targetRpe, capacity } = input;
  if (exercise.bodyweight) return bodyweightLoad(input);
  const last = input.history.at(-1);
  if (!last || last.sets.length === 0 || capacity === null || capacity.stale) {
    const fewer = firstExposureReps(exercise, reps);
    const at = fewer === undefined ? input : { ...input, reps: fewer };
    const first = (input.history.length === 0 ? modelDebutLoad(at) : null) ?? firstExposureLoad(at, capacity);
    return { ...first, firstExposure: true, ...(fewer !== undefined ? { reps: fewer } : {}) };
  }
  const ruled = ruleOrModelLoad(input);
  const step = input.stepKg ?? plateIncrementKg(exercise.equipment);
  const shown = guardLimitKg(capacity, reps, targetRpe, step);
  if (ruled.loadKg <= shown) return { ...ruled, firstExposure: false };
  const top = Math.max(...last.sets.map((x) => x.weightKg));
  const who = ruled.source === 'gnn' ? 'the model' : 'the rules';
  return {
    loadKg: shown,
    source: ruled.source,
    firstExposure: false,
    rationale: `${changeHead(shown, reps, top, Math.max(1, last.targetReps), targetRpe)}: held within ${LOAD_GUARD.marginPct} % of what the athlete has shown at RPE ${targetRpe}, ${capacityText(capacity)} (${who} asked ${formatWeight(ruled.loadKg)}: ${ruled.rationale})`,
  };
}

/** The rules' (or the model's) load from the last sessions, before the capacity check. */
function ruleOrModelLoad(input: LoadInput): { loadKg: number; source: PrescriptionSource; rationale: string } {
  const { exercise, history, reps, targetRpe, date, acwr } = input;
  const last = history.at(-1);
  const step = input.stepKg ?? plateIncrementKg(exercise.equipment);
  if (!last) throw new Error('ruleOrModelLoad needs a last session');
  const lastLoad = Math.max(...last.sets.map((s) => s.weightKg));
  const lastReps = Math.max(1, last.targetReps);
  const current = { weightKg: lastLoad, reps: lastReps, restSec: input.restSec, sets: input.sets };

  const layoff = layoffFactor(last.date, date);
  const hasRpe = last.sets.some((s) => s.rpe != null || s.rir != null);
  const rule = applyOverload(
    history.slice(-6),
    { date, current, equipment: exercise.equipment, region: regionOf(exercise), targetRpe: hasRpe ? targetRpe : null, acwr },
    [rpeTargetRule, linearProgressionRule],
  );
  // The rules' load at the last session's reps: the model may go at most one plate step above it.
  const ruleAtLastReps = convertReps(rule.weightKg, rule.reps, lastReps, targetRpe);

  const predicted = input.predictionSource?.predict({ athleteId: input.athleteId, exerciseId: exercise.id, date, history }) ?? null;
  if (predicted && Number.isFinite(predicted.weightKg) && predicted.weightKg >= 0 && predicted.reps >= 1) {
    const raw = convertReps(predicted.weightKg, Math.round(predicted.reps), lastReps, targetRpe);
    const decision = {
      ruleId: 'gnn',
      action: raw > lastLoad ? ('increase-load' as const) : ('hold' as const),
      weightKg: raw,
      reps: lastReps,
      restSec: input.restSec,
      reason: 'model',
    };
    const guarded = applyGuardrails(decision, history, { date, current, acwr }, OVERLOAD_DEFAULTS);
    const ceiling = Math.max(lastLoad, ruleAtLastReps) + step;
    const capped = Math.min(guarded.decision.weightKg, ceiling);
    const floored = Math.max(capped, lastLoad * 0.85) * layoff.factor;
    const down = guarded.capped || capped < guarded.decision.weightKg || layoff.factor < 1;
    const loadKg = roundLoadKg(convertReps(floored, lastReps, reps, targetRpe), step, down ? 'down' : 'nearest');
    const notes = guardNotes(guarded.reasons);
    if (capped < guarded.decision.weightKg) notes.push(`capped at the rules' ${fmtKg(ruleAtLastReps)} + one ${fmtKg(step)} step`);
    if (floored / layoff.factor > capped) notes.push('floored at −15 %');
    return {
      loadKg,
      source: 'gnn',
      rationale: oneLine(
        changeHead(loadKg, reps, lastLoad, lastReps, targetRpe),
        `GNN predicts ${fmtKg(predicted.weightKg)} × ${predicted.reps} (last ${sessionText(last)})`,
        [...notes, layoff.note, acwrText(acwr), predicted.reasons?.[0]],
      ),
    };
  }

  const loadKg = roundLoadKg(
    convertReps(rule.weightKg * layoff.factor, rule.reps, reps, targetRpe),
    step,
    layoff.factor < 1 ? 'down' : 'nearest',
  );
  return {
    loadKg,
    source: 'rules',
    rationale: oneLine(decisionHead(rule.weightKg, lastLoad), ruleReason(rule, last, targetRpe), [
      ...(increaseSwallowed(rule) ? [] : guardNotes(rule.reasons)),
      layoff.note,
      repConversion(loadKg, reps, lastReps),
      acwrText(acwr),
    ]),
  };
}
