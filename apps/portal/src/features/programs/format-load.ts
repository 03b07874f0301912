import type { PrescribedLoad } from '@liftgraph/domain/program';

export { formatLoad, type PrescribedLoad } from '@liftgraph/domain/program';

/** The unit beside the number a coach or an athlete types for this load ("kg", "kg per hand", "added kg"). */
export function loadInputUnit({ loadPerHand, bodyweight }: Pick<PrescribedLoad, 'loadPerHand' | 'bodyweight'>): string {
  if (bodyweight) return loadPerHand ? 'added kg per hand' : 'added kg';
  return loadPerHand ? 'kg per hand' : 'kg';
}
