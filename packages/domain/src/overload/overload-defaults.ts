import type { Equipment } from '../exercise/exercise.js';

/**
 * Every progressive-overload parameter in one editable object. Sources (docs/science.md): §ACWR zones
 * (Gabbett 2016), §Rest intervals (ACSM 2009), §Progression (ACSM 2–10 % increments, linear and
 * double progression, RPE autoregulation), §Deload timing. Override by spreading: `{ ...OVERLOAD_DEFAULTS, … }`.
 */
export const OVERLOAD_DEFAULTS = {
  /** The study's rule, exactly: fatigue < 7 → +2.5 % load; > 9 → +10 s rest (or −1 rep once rest is capped); else hold. */
  fatigueStudy: {
    increaseBelow: 7,
    relieveAbove: 9,
    loadIncreasePct: 2.5,
    restIncrementSec: 10,
    /** Rest cap: the top of ACSM's 3–5 min for heavy loads. */
    maxRestSec: 300,
    minReps: 1,
  },
  /** Linear progression: fixed increment per successful session; repeat on a miss; −10 % after repeated misses. */
  linear: {
    incrementKg: { upper: 2.5, lower: 5 },
    resetAfterMisses: 3,
    resetPct: 10,
  },
  /** Double progression: +1 rep per session up to the top of the range, then +1 plate step and back to the bottom. */
  doubleProgression: {
    /** Load step when the range top is reached on all sets; null = the equipment's plate increment. */
    incrementKg: null as number | null,
  },
  /** RPE-target autoregulation: rescale load by the RTS chart (≈ 3 % per RPE point at 5 reps). */
  rpeTarget: {
    /** Reported RPE within this distance of the target → hold. */
    toleranceRpe: 0.5,
    /** Never move more than this per session, in percent. */
    maxChangePct: 10,
  },
  /** Deloads (Bell et al. 2022; docs/science.md §Deload timing, default adopted). */
  deload: {
    everyWeeks: 5,
    /** `volume`: halve the sets, keep the load. `intensity`: keep the sets, drop ~2 RPE via the chart. */
    style: 'volume' as 'volume' | 'intensity',
    setFactor: 0.5,
    rpeDrop: 2,
    /** RPE assumed for the intensity style when no target RPE is set. */
    assumedRpe: 8,
    /** Stall trigger: this many sessions in a row without beating the best earlier e1RM. */
    stallSessions: 3,
  },
  /** Guardrails that clamp increases (never decreases). */
  guardrails: {
    /** Load may rise at most this much over the load of 7 days ago (ACSM's 2–10 % upper bound). */
    maxWeeklyIncreasePct: 10,
    /** ACWR above this: caution, increases are scaled by cautionFactor. */
    acwrCaution: 1.3,
    /** ACWR above this: danger zone, no increase at all. */
    acwrDanger: 1.5,
    cautionFactor: 0.5,
  },
  /** Smallest load step per equipment, in kg (pairs of plates, dumbbell jumps, machine pins). */
  incrementKgByEquipment: {
    barbell: 2.5,
    'e-z curl bar': 2.5,
    dumbbell: 2,
    kettlebells: 4,
    machine: 5,
    cable: 2.5,
  } as Partial<Record<Equipment, number>>,
  /** Step for equipment not listed above. */
  defaultIncrementKg: 2.5,
};

export type OverloadParams = typeof OVERLOAD_DEFAULTS;
