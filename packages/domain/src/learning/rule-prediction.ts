import { applyOverload } from '../overload/apply-overload.js';
import type { ExerciseSession } from '../overload/overload-types.js';
import type { PerformanceFacts } from './performance-facts.js';

/** Rest assumed by the rule baseline when the log has none (a common default; SCIENCE.md rest guidance). */
export const DEFAULT_REST_SEC = 120;
const HISTORY_SESSIONS = 8;

/**
 * What the rule-based overload (domain `applyOverload`, the study's fatigue rule first) prescribes
 * for the next occurrence of performance `i`, from its history only: [weightKg, reps, restSec].
 */
export function rulePrediction(facts: readonly PerformanceFacts[], i: number, acwr: number | null): [number, number, number] {
  const f = facts[i];
  if (!f) throw new Error(`no performance ${i}`);
  const history: ExerciseSession[] = [];
  for (let k = i; k >= 0 && history.length < HISTORY_SESSIONS; k = facts[k]?.prev ?? -1) {
    const p = facts[k];
    if (!p) break;
    history.unshift({
      date: p.date,
      targetReps: p.topReps,
      sets: p.sets.map((s) => ({ weightKg: s.weightKg ?? 0, reps: s.reps ?? 0, rpe: s.rpe, rir: s.rir })),
    });
  }
  const current = { weightKg: f.topWeightKg ?? 0, reps: Math.max(1, f.topReps), restSec: f.restSec ?? DEFAULT_REST_SEC, sets: f.workingSets };
  const decision = applyOverload(history, {
    date: f.date,
    current,
    equipment: f.exercise?.equipment,
    region: f.exercise?.targets.some((t) => ['quadriceps', 'hamstrings', 'glutes', 'calves'].includes(t.muscle) && t.role === 'primary') ? 'lower' : 'upper',
    fatigue: f.fatigue,
    acwr,
  });
  return [decision.weightKg, decision.reps, decision.restSec];
}
