import type { Capacity } from '@liftgraph/domain';

/** The load guard is defined once in @liftgraph/domain (docs/science.md §Load guard): the planner and autoregulation share it. */
export { LOAD_GUARD, prescriptionE1RmKg, guardLimitKg } from '@liftgraph/domain';

/** "e1RM 156 kg (133.8 kg × 5 on 2025-09-20)": the capacity and the set it rests on, for rationales. */
export function capacityText(capacity: Capacity): string {
  const b = capacity.bestSet;
  const effort = b.loggedRpe !== null ? ` @ RPE ${b.loggedRpe}` : '';
  return `e1RM ${Math.round(capacity.e1RmKg)} kg (${Number(b.weightKg.toFixed(2))} kg × ${b.reps}${effort} on ${b.date})`;
}
