import { DomainError } from '../errors.js';
import type { Equipment } from '../exercise/exercise.js';
import { KG_PER_LB, type WeightUnit } from '../units.js';
import { OVERLOAD_DEFAULTS, type OverloadParams } from './overload-defaults.js';

export type RoundingMode = 'nearest' | 'down' | 'up';

/**
 * The plates and dumbbells a lifter loads with: kg or lb, and whether they own microplates (fractional
 * plates: 0.625 kg or 1.25 lb per side). Where a load lands depends on it: 2.5 kg or 5 lb bar steps
 * by default, 1.25 kg or 2.5 lb with microplates.
 */
export interface PlateSet {
  unit: WeightUnit;
  microplates: boolean;
}

/** The default plate set: kg plates, no microplates (the steps of `OVERLOAD_DEFAULTS.incrementKgByEquipment`). */
export const KG_PLATES: PlateSet = { unit: 'kg', microplates: false };

/**
 * Steps in pounds (a US/UK gym's lb plates, dumbbells in 5 lb jumps, lb pin stacks in 10 lb), and the
 * microplate bar step in each unit. Equipment not listed steps by `defaultIncrementLb`. Microplates only
 * change plate-loaded equipment (barbell, EZ bar, and the default: plates on a belt or a pin).
 */
export const PLATE_STEPS = {
  incrementLbByEquipment: {
    barbell: 5,
    'e-z curl bar': 5,
    dumbbell: 5,
    kettlebells: 5,
    machine: 10,
    cable: 5,
  } as Partial<Record<Equipment, number>>,
  defaultIncrementLb: 5,
  microplateIncrement: { kg: 1.25, lbs: 2.5 } as Record<WeightUnit, number>,
} as const;

const PLATE_LOADED = new Set<Equipment | undefined>(['barbell', 'e-z curl bar']);
const isPlateLoaded = (equipment: Equipment | undefined, params: OverloadParams): boolean =>
  PLATE_LOADED.has(equipment) || equipment === undefined || params.incrementKgByEquipment[equipment] === undefined;

/**
 * Rounds a load to what the plates allow: loadKg = step × round(loadKg / step), with `down`/`up`
 * for floor/ceil. Units kg. Valid: loadKg ≥ 0, incrementKg > 0. Example: 61.5 kg, 2.5 kg steps → 62.5.
 * A pound step is given in kg (5 lb = 2.26796185 kg): the result is then the exact kg of a whole number
 * of pound steps (135 lb → 61.23496995 kg). Results are cleaned to 9 decimals so 0.1-kg-style float
 * noise never reaches a prescription while a pound load stays a whole number of pound steps.
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
  return Number((round(snapped) * incrementKg).toFixed(9));
}

/**
 * The smallest load step for an equipment type, in kg, for a plate set: kg plates step by
 * `OVERLOAD_DEFAULTS.incrementKgByEquipment` (else the default), lb plates by `PLATE_STEPS` converted
 * to kg (5 lb = 2.26796185 kg); microplates halve the step of plate-loaded equipment (1.25 kg / 2.5 lb).
 */
export function plateIncrementKg(
  equipment: Equipment | undefined,
  params: OverloadParams = OVERLOAD_DEFAULTS,
  plates: PlateSet = KG_PLATES,
): number {
  const micro = plates.microplates && isPlateLoaded(equipment, params);
  if (plates.unit === 'lbs') {
    const lb = micro
      ? PLATE_STEPS.microplateIncrement.lbs
      : ((equipment !== undefined ? PLATE_STEPS.incrementLbByEquipment[equipment] : undefined) ?? PLATE_STEPS.defaultIncrementLb);
    return lb * KG_PER_LB;
  }
  const kgStep = (equipment !== undefined ? params.incrementKgByEquipment[equipment] : undefined) ?? params.defaultIncrementKg;
  return micro ? Math.min(kgStep, PLATE_STEPS.microplateIncrement.kg) : kgStep;
}
