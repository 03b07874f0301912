import { DomainError } from '../errors.js';
import { RPE_PERCENT_SEQUENCE, sequenceAt } from './rpe-table.js';

export interface SetEffortEstimate {
  /** Reps the load could be lifted for, to failure (may be fractional). */
  repsToFailure: number;
  /** Estimated reps in reserve, in [0, 10]. */
  rir: number;
  /** Estimated RPE = 10 − RIR, in [0, 10]. */
  rpe: number;
}

/** Fractional sequence position k where the RTS sequence equals `percent` (extrapolated past the end). */
function positionOfPercent(percent: number): number {
  const seq = RPE_PERCENT_SEQUENCE;
  const last = seq.length - 1;
  if (percent >= (seq[0] ?? 100)) return 0;
  for (let k = 0; k < last; k += 1) {
    const hi = seq[k] ?? 0;
    const lo = seq[k + 1] ?? 0;
    if (percent >= lo) return k + (hi - percent) / (hi - lo);
  }
  // Below 57.2 %: continue with the slope of the last segment (≈ 1.4 points per position).
  const slope = sequenceAt(last - 1) - sequenceAt(last);
  return last + (sequenceAt(last) - percent) / slope;
}

/**
 * PROXY for the effort of a set whose RPE/RIR was not logged (most real logs), from its %e1RM.
 *
 * The RTS chart (docs/science.md §RTS table) is one sequence where position k = 2·(repsToFailure − 1): the
 * load a lifter can move for n reps to failure is seq[2(n − 1)] % of 1RM. Inverting it:
 *   k = position where seq(k) = 100 · loadKg / e1RmKg;  repsToFailure = k / 2 + 1
 *   RIR = clamp(repsToFailure − reps, 0, 10);  RPE = 10 − RIR   (Zourdos et al. 2016)
 * so a set at the chart's RPE-10 load for its reps gets RPE 10, and lighter sets get more RIR.
 * Below 57.2 % the sequence is extrapolated linearly. Caveats: the chart is a population average
 * (6–26 reps at 70 % 1RM across lifters, Zourdos et al. 2021) and e1RmKg must be a recent,
 * comparable estimate (use the chart's RPE-10 column for it, see `estimateSessionLoads`).
 * Units: kg in. Valid: loadKg > 0, reps ≥ 1, e1RmKg > 0.
 */
export function estimateSetEffort(loadKg: number, reps: number, e1RmKg: number): SetEffortEstimate {
  if (!Number.isFinite(loadKg) || loadKg <= 0 || !Number.isFinite(e1RmKg) || e1RmKg <= 0) {
    throw new DomainError('INVALID_LOAD', `load and e1RM must be finite numbers > 0 kg, got ${loadKg} and ${e1RmKg}`);
  }
  if (!Number.isFinite(reps) || reps < 1) {
    throw new DomainError('INVALID_REPS', `reps must be a number ≥ 1, got ${reps}`);
  }
  const repsToFailure = positionOfPercent((100 * loadKg) / e1RmKg) / 2 + 1;
  const rir = Math.min(10, Math.max(0, repsToFailure - reps));
  return { repsToFailure, rir, rpe: 10 - rir };
}
