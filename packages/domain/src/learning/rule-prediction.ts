import type { Exercise } from '../exercise/exercise.js';
import { applyOverload } from '../overload/apply-overload.js';
import type { ExerciseSession, PerformedSet } from '../overload/overload-types.js';
import type { PerformanceFacts } from './performance-facts.js';

/** Rest assumed by the rule baseline when the log has none (a common default; docs/science.md §Rest intervals). */
export const DEFAULT_REST_SEC = 120;
const HISTORY_SESSIONS = 8;
const LOWER_BODY = ['quadriceps', 'hamstrings', 'glutes', 'calves'];

/**
 * The `ExerciseSession` view of each performance, built once per performance and shared by the up to
 * eight rule predictions whose history contains it (instead of rebuilt for each).
 */
export class RuleHistory {
  private readonly sessions: Array<ExerciseSession | undefined>;
  private readonly regions = new Map<Exercise, 'lower' | 'upper'>();

  constructor(private readonly facts: readonly PerformanceFacts[]) {
    this.sessions = new Array<ExerciseSession | undefined>(facts.length);
  }

  session(k: number): ExerciseSession | undefined {
    const cached = this.sessions[k];
    if (cached !== undefined) return cached;
    const p = this.facts[k];
    if (!p) return undefined;
    // Logged sets already are `PerformedSet`s when loaded and counted (the usual case): shared, not copied.
    const sets = p.sets.every((s) => s.weightKg !== null && s.reps !== null)
      ? (p.sets as readonly PerformedSet[])
      : p.sets.map((s) => ({ weightKg: s.weightKg ?? 0, reps: s.reps ?? 0, rpe: s.rpe, rir: s.rir }));
    const built: ExerciseSession = { date: p.date, targetReps: p.topReps, sets };
    this.sessions[k] = built;
    return built;
  }

  region(exercise: Exercise | null): 'lower' | 'upper' {
    if (!exercise) return 'upper';
    let r = this.regions.get(exercise);
    if (r === undefined) {
      r = exercise.targets.some((t) => LOWER_BODY.includes(t.muscle) && t.role === 'primary') ? 'lower' : 'upper';
      this.regions.set(exercise, r);
    }
    return r;
  }
}

/**
 * What the rule-based overload (domain `applyOverload`, the study's fatigue rule first) prescribes
 * for the next occurrence of performance `i`, from its history only: [weightKg, reps, restSec].
 * Pass one `RuleHistory` of `facts` when predicting many performances.
 */
export function rulePrediction(
  facts: readonly PerformanceFacts[],
  i: number,
  acwr: number | null,
  memo: RuleHistory = new RuleHistory(facts),
): [number, number, number] {
  const f = facts[i];
  if (!f) throw new Error(`no performance ${i}`);
  // The last HISTORY_SESSIONS occurrences up to i, oldest first, written back to front.
  let length = 0;
  for (let k = i; k >= 0 && length < HISTORY_SESSIONS; k = facts[k]?.prev ?? -1) length++;
  const history = new Array<ExerciseSession>(length);
  for (let k = i, at = length - 1; at >= 0; k = facts[k]?.prev ?? -1, at--) history[at] = memo.session(k) as ExerciseSession;
  const current = {
    weightKg: f.topWeightKg ?? 0,
    reps: Math.max(1, f.topReps),
    restSec: f.restSec ?? DEFAULT_REST_SEC,
    sets: f.workingSets,
  };
  const decision = applyOverload(history, {
    date: f.date,
    current,
    equipment: f.exercise?.equipment,
    region: memo.region(f.exercise),
    fatigue: f.fatigue,
    acwr,
    explain: false,
  });
  return [decision.weightKg, decision.reps, decision.restSec];
}
