import { DomainError } from '../errors.js';
import type { Equipment } from '../exercise/exercise.js';
import { OVERLOAD_DEFAULTS, type OverloadParams } from './overload-defaults.js';

export type RoundingMode = 'nearest' | 'down' | 'up';

/**
 * Rounds a load to what the plates allow: loadKg = step × round(loadKg / step), with `down`/`up`
 * for floor/ceil. Units kg. Valid: loadKg ≥ 0, incrementKg > 0. Example: 61.5 kg, 2.5 kg steps → 62.5.
 * Results are cleaned to 3 decimals so 0.1-kg-style float noise never reaches a prescription.
 */
export function roundLoadKg(loadKg: number, incrementKg: number, mode: RoundingMode = 'nearest'): number {
  if (!Number.isFinite(loadKg) || loadKg < 0) {
    throw new DomainError('INVALID_LOAD', `load must be a finite number ≥ 0 kg, got ${loadKg}`);
  }
  if (!Number.isFinite(incrementKg) || incrementKg <= 0) {
    throw new DomainError('INVALID_ARGUMENT', `incrementKg must be a finite number > 0, got ${incrementKg}`);
  }
  const steps = loadKg / incrementKg;
  // Tolerance so 100 / 2.5 computed as 39.99999 still counts as a whole step.
  const snapped = Math.abs(steps - Math.round(steps)) < 1e-9 ? Math.round(steps) : steps;
  const round = mode === 'down' ? Math.floor : mode === 'up' ? Math.ceil : Math.round;
  return Number((round(snapped) * incrementKg).toFixed(3));
}

/** The plate increment for an equipment type (OVERLOAD_DEFAULTS.incrementKgByEquipment), else the default. */
export function plateIncrementKg(equipment: Equipment | undefined, params: OverloadParams = OVERLOAD_DEFAULTS): number {
  return (equipment !== undefined ? params.incrementKgByEquipment[equipment] : undefined) ?? params.defaultIncrementKg;
}
