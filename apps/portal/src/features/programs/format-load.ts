/** A prescription's load as the API gives it: one number read with two flags. */
export interface PrescribedLoad {
  /** kg: each implement when `loadPerHand`; the added load when `bodyweight` (null = none). */
  loadKg: number | null;
  /** A dumbbell or kettlebell in each hand: `loadKg` is each one. */
  loadPerHand: boolean;
  /** The body is the load (pull-up, dip, push-up): `loadKg` is what is added to it. */
  bodyweight: boolean;
}

const kg = (n: number): string => `${Math.round(n * 100) / 100} kg`;

/**
 * "100 kg", "24 kg per hand", "body weight", "body weight + 10 kg"; null when there is no load to show
 * (no number on an exercise that is not body weight). The one wording of a load in the portal.
 */
export function formatLoad({ loadKg, loadPerHand, bodyweight }: PrescribedLoad): string | null {
  const external = loadKg === null || (bodyweight && loadKg <= 0) ? null : `${kg(loadKg)}${loadPerHand ? ' per hand' : ''}`;
  if (bodyweight) return external === null ? 'body weight' : `body weight + ${external}`;
  return external;
}

/** The unit beside the number a coach or an athlete types for this load ("kg", "kg per hand", "added kg"). */
export function loadInputUnit({ loadPerHand, bodyweight }: Pick<PrescribedLoad, 'loadPerHand' | 'bodyweight'>): string {
  if (bodyweight) return loadPerHand ? 'added kg per hand' : 'added kg';
  return loadPerHand ? 'kg per hand' : 'kg';
}
