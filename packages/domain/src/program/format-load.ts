import { OVERLOAD_DEFAULTS } from '../overload/overload-defaults.js';
import { KG_PLATES, plateIncrementKg, type PlateSet, roundLoadKg } from '../overload/round-load.js';
import { fromKilograms, kg, type WeightUnit } from '../units.js';
import type { ProgramPrescription } from './program.js';

/** A prescription's load: one number read with two flags (see `ProgramPrescription`). */
export type PrescribedLoad = Pick<ProgramPrescription, 'loadKg' | 'loadPerHand' | 'bodyweight'>;

/** How a unit is written after a number: "60 kg", "135 lb" (the stored unit name is `lbs`). */
export const UNIT_LABEL: Record<WeightUnit, string> = { kg: 'kg', lbs: 'lb' };

/** Decimals a weight is shown with: kg to 0.01 (1.25 kg microplates), lb to 0.1 (2.5 lb microplates). */
const DECIMALS: Record<WeightUnit, number> = { kg: 2, lbs: 1 };

/** A weight stored in kg as the number shown in `unit`: 61.23496995 kg → 135 (lb), 102.5 kg → 102.5 (kg). */
export function weightIn(weightKg: number, unit: WeightUnit): number {
  const factor = 10 ** DECIMALS[unit];
  return Math.round(fromKilograms(kg(weightKg), unit) * factor) / factor;
}

/** A number as a locale writes it (`137,5` in fr-FR); without a locale as JavaScript does (`137.5`). */
export function formatNumberIn(n: number, locale?: string): string {
  return locale === undefined ? String(n) : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** "60 kg", "135 lb": a weight stored in kg, shown in `unit` (numbers as `locale` writes them when given). */
export function formatWeight(weightKg: number, unit: WeightUnit = 'kg', locale?: string): string {
  return `${formatNumberIn(weightIn(weightKg, unit), locale)} ${UNIT_LABEL[unit]}`;
}

const plateSetOf = (plates: PlateSet | WeightUnit): PlateSet =>
  typeof plates === 'string' ? { unit: plates, microplates: false } : plates;

/**
 * A prescribed load (a target to put on the bar) in the plate set's unit: kg as stored; in lb on the
 * viewer's lb plate step (5 lb, 2.5 lb with microplates), so a kg-planned 62.5 kg reads 140 lb, not
 * 137.8 lb. A load below half a step is shown as it is rather than as 0.
 */
export function prescribedWeightIn(loadKg: number, plates: PlateSet | WeightUnit = KG_PLATES): number {
  const set = plateSetOf(plates);
  if (set.unit === 'kg') return weightIn(loadKg, 'kg');
  const snapped = roundLoadKg(Math.max(0, loadKg), plateIncrementKg(undefined, OVERLOAD_DEFAULTS, set));
  return weightIn(snapped > 0 ? snapped : loadKg, set.unit);
}

/**
 * "100 kg", "24 kg per hand", "body weight", "body weight + 10 kg" — or in lb ("135 lb",
 * "body weight + 25 lb") for an lb plate set (see `prescribedWeightIn`); null when there is no load to
 * show (no number on an exercise that is not body weight). Numbers as `locale` writes them when given.
 * The one wording of a load (portal and CLI).
 */
export function formatLoad(
  { loadKg, loadPerHand, bodyweight }: PrescribedLoad,
  plates: PlateSet | WeightUnit = KG_PLATES,
  locale?: string,
): string | null {
  const unit = plateSetOf(plates).unit;
  const external =
    loadKg === null || (bodyweight && loadKg <= 0)
      ? null
      : `${formatNumberIn(prescribedWeightIn(loadKg, plates), locale)} ${UNIT_LABEL[unit]}${loadPerHand ? ' per hand' : ''}`;
  if (bodyweight) return external === null ? 'body weight' : `body weight + ${external}`;
  return external;
}
