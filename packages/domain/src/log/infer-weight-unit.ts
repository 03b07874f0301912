import { KG_PER_LB } from '../units.js';
import type { WeightUnit } from '../units.js';

/** True when `x` is a multiple of 0.05 up to float noise: what a person types on a plate-loaded bar. */
function isRoundLoad(x: number): boolean {
  return Math.abs(x * 20 - Math.round(x * 20)) < 1e-6;
}

/** True when `x` carries float noise, i.e. more precision than anyone types (beyond 4 decimals). */
function hasFloatNoise(x: number): boolean {
  return Math.abs(x * 1e4 - Math.round(x * 1e4)) > 1e-6;
}

/**
 * Infers the unit of a weight column that does not state it, from the float noise that unit
 * conversion leaves behind. Apps such as Strong store one unit and export in the other: a load typed
 * as 20 kg is exported in lbs as 44.09245243697551, which times 0.45359237 is a round 20 again, while
 * a load typed as 45 lbs exported in kg is 20.41165665, which divided by 0.45359237 is a round 45.
 *
 * Each noisy value votes for the unit in which it is round; the majority wins. Returns null when no
 * value is noisy or the votes tie: clean values (135, 100) are plausible in both units, so the
 * caller must then say which unit the file uses.
 */
export function inferWeightUnit(values: Iterable<number>): WeightUnit | null {
  let lbsVotes = 0;
  let kgVotes = 0;
  for (const value of values) {
    if (!Number.isFinite(value) || value <= 0 || !hasFloatNoise(value)) continue;
    if (isRoundLoad(value * KG_PER_LB)) lbsVotes += 1;
    else if (isRoundLoad(value / KG_PER_LB)) kgVotes += 1;
  }
  if (lbsVotes > kgVotes) return 'lbs';
  if (kgVotes > lbsVotes) return 'kg';
  return null;
}
