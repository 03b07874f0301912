import type { ProgramPrescription } from './program.js';

/** A prescription's load: one number read with two flags (see `ProgramPrescription`). */
export type PrescribedLoad = Pick<ProgramPrescription, 'loadKg' | 'loadPerHand' | 'bodyweight'>;

const kg = (n: number): string => `${Math.round(n * 100) / 100} kg`;

/**
 * "100 kg", "24 kg per hand", "body weight", "body weight + 10 kg"; null when there is no load to show
 * (no number on an exercise that is not body weight). The one wording of a load (portal and CLI).
 */
export function formatLoad({ loadKg, loadPerHand, bodyweight }: PrescribedLoad): string | null {
  const external = loadKg === null || (bodyweight && loadKg <= 0) ? null : `${kg(loadKg)}${loadPerHand ? ' per hand' : ''}`;
  if (bodyweight) return external === null ? 'body weight' : `body weight + ${external}`;
  return external;
}
