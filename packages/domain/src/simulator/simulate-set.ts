import type { SeededRng } from './seeded-rng.js';
import { repsToFailure } from './reps-at-load.js';
import { SIMULATOR_DEFAULTS } from './simulator-defaults.js';

/** The outcome of one working set. */
export interface SetOutcome {
  /** Reps completed: the target, or fewer (missed reps) when the target exceeded reps to failure. */
  reps: number;
  /** Reps that were still in reserve, ≥ 0 (fractional). */
  trueRir: number;
  /** 10 − trueRir, floored at 1. */
  trueRpe: number;
  /** What the athlete reports, on the 0.5-step RPE scale (1–10). */
  reportedRpe: number;
  /** Stimulus weight: 1 for a hard set (RIR ≤ 4, docs/science.md §Hard sets), fading linearly to 0 at RIR 8. */
  effortWeight: number;
  /** Within-session fatigue the set leaves, as a fraction of 1RM. */
  setFatigue: number;
}

/**
 * One set at `fractionOfOneRepMax` of the athlete's current (fatigued, day-adjusted) 1RM:
 *   repsToFailure = RTS chart inverted (`repsToFailure`); reps = target if it fits, else ⌊repsToFailure⌋;
 *   RIR = repsToFailure − reps; reported RIR = RIR + bias + N(0, (0.5 + 0.2 · RIR)²), rounded to 0.5
 *   (error ~1 rep near failure, > 2 reps far from it: Hackett et al. 2017, docs/science.md §e1RM; novices
 *   under-rate effort, Zourdos et al. 2016, hence `noviceRirBias` ≥ 0); RPE = 10 − RIR (docs/science.md §RPE and RIR);
 *   set fatigue = 6 % · (reps / repsToFailure)² of 1RM (ASSUMPTION).
 */
export function simulateSet(targetReps: number, fractionOfOneRepMax: number, rng: SeededRng, noviceRirBias = 0): SetOutcome {
  const d = SIMULATOR_DEFAULTS;
  const capacity = repsToFailure(fractionOfOneRepMax);
  const reps = capacity >= targetReps ? targetReps : Math.floor(capacity);
  const trueRir = Math.max(0, capacity - reps);
  const trueRpe = Math.max(1, 10 - trueRir);
  const sd = d.reporting.rirErrorSdBase + d.reporting.rirErrorSdPerRir * Math.min(trueRir, 10);
  const reportedRir = Math.min(9, Math.max(0, Math.round((trueRir + noviceRirBias + sd * rng.normal()) * 2) / 2));
  const e = d.effort;
  const effortWeight = reps === 0 ? 0 : Math.min(1, Math.max(0, (e.zeroRir - trueRir) / (e.zeroRir - e.hardRir)));
  const proximity = capacity > 0 ? Math.min(1, reps / capacity) : 1;
  const setFatigue = d.sessionFatigue.perSetAtFailure * (reps === 0 ? 0.3 : proximity * proximity);
  return { reps, trueRir, trueRpe, reportedRpe: 10 - reportedRir, effortWeight, setFatigue };
}
