import { DomainError } from '../errors.js';

/**
 * Relative intensity: the fraction of the estimated 1RM a load represents,
 *   intensity = loadKg / e1RmKg   (0.8 = 80 % e1RM).
 * Units: both kg; the result is dimensionless. Valid: loadKg ≥ 0, e1RmKg > 0; values above 1 are
 * returned as-is (a new best beats the old estimate). docs/science.md §RTS table (target load = e1RM × pct).
 */
export function relativeIntensity(loadKg: number, e1RmKg: number): number {
  if (!Number.isFinite(loadKg) || loadKg < 0) {
    throw new DomainError('INVALID_LOAD', `load must be a finite number ≥ 0 kg, got ${loadKg}`);
  }
  if (!Number.isFinite(e1RmKg) || e1RmKg <= 0) {
    throw new DomainError('INVALID_LOAD', `e1RM must be a finite number > 0 kg, got ${e1RmKg}`);
  }
  return loadKg / e1RmKg;
}
