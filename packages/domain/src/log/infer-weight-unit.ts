import { KG_PER_LB } from '../units.js';
import type { WeightUnit } from '../units.js';

/** True when `x` is a multiple of `step` up to float noise. */
function isMultiple(x: number, step: number): boolean {
  return Math.abs(x / step - Math.round(x / step)) < 1e-6;
}

/** True when `x` is a multiple of 0.05 up to float noise: what a person types on a plate-loaded bar. */
function isRoundLoad(x: number): boolean {
  return isMultiple(x, 0.05);
}

/**
 * True when `x` carries float noise: more precision than anyone types. A typed value survives
 * rounding to 4 decimals exactly (`82.5`, `22.7`); `44.09245243697551` and `74.99999999999999` do not.
 */
function hasFloatNoise(x: number): boolean {
  return x !== Math.round(x * 1e4) / 1e4;
}

/** Totals of a 45 lb bar with pairs of 45 lb (and 25 lb) plates: the loads a pound gym shows most. */
const POUND_BAR_TOTALS: ReadonlySet<number> = new Set([95, 135, 185, 225, 275, 315, 365, 405, 455, 495]);

/** Ratio by which one unit's plate evidence must beat the other's before it decides, and the least count. */
const PLATE_EVIDENCE = { ratio: 2, minimum: 20 } as const;

/**
 * What one load, as written in a file without a unit, says about the unit (see `inferWeightUnit`'s
 * second rule): a pound-gym bar total (135, 225, 315), a pound value converted from a round kilogram
 * load (132 = 60 kg × 2.2, 220.46 = 100 kg), a kilogram micro-step (22.5, 62.5: 1.25 kg plates) or a
 * kilogram dumbbell step (12, 14, 16, 22, 24 kg). Anything else says nothing.
 */
function plateEvidence(x: number): WeightUnit | null {
  if (Number.isInteger(x) && POUND_BAR_TOTALS.has(x)) return 'lbs';
  if (x >= 100 && !isMultiple(x, 5)) {
    const converted = x * KG_PER_LB;
    const fromRoundKg = (Number.isInteger(x) && isMultiple(x / 2.2, 2.5)) || Math.abs(converted - Math.round(converted * 2) / 2) < 0.011;
    if (fromRoundKg && !isMultiple(x, 2.5)) return 'lbs';
  }
  if (x >= 15 && isMultiple(x, 2.5) && !isMultiple(x, 5)) return 'kg';
  if (Number.isInteger(x) && x >= 12 && x <= 48 && x % 2 === 0 && x % 5 !== 0) return 'kg';
  return null;
}

/** How `inferWeightUnit` reads a file. */
export interface InferUnitOptions {
  /**
   * The unit the app shows when it stores loads in the other one. Strong stores kilograms, so a value
   * that is round up to float noise (`74.99999999999999`) has been to kilograms and back: the export
   * is in pounds. Without it such round-trip noise says nothing.
   */
  roundTripUnit?: WeightUnit;
}

/**
 * Infers the unit of a weight column that does not state it. Two rules, in order:
 *
 * 1. **Float noise** left by unit conversion decides when any value has it. Apps such as Strong store
 *    one unit and export in the other: a load typed as 20 kg is exported in lbs as
 *    44.09245243697551, which times 0.45359237 is a round 20 again, while a load typed as 45 lbs
 *    exported in kg is 20.41165665, which divided by 0.45359237 is a round 45. A value round in its
 *    own unit up to noise (`74.99999999999999`) votes for `options.roundTripUnit`. The majority wins.
 * 2. **Plate arithmetic** otherwise: pound gyms load 45 lb plates on a 45 lb bar (135, 225, 315) and
 *    kilogram gyms have 1.25 kg plates and 2 kg dumbbell steps (62.5, 22.5, 14, 24); see
 *    `plateEvidence`. One unit must have at least `PLATE_EVIDENCE.ratio` times the other's evidence
 *    and `PLATE_EVIDENCE.minimum` values.
 *
 * Returns null when neither rule decides: clean values (100, 60) are plausible in both units, so
 * the caller must then say which unit the file uses (the importers assume kg and say so).
 */
export function inferWeightUnit(values: Iterable<number>, options: InferUnitOptions = {}): WeightUnit | null {
  const noise = { lbs: 0, kg: 0 };
  const plates = { lbs: 0, kg: 0 };
  for (const value of values) {
    if (!Number.isFinite(value) || value <= 0) continue;
    if (hasFloatNoise(value)) {
      if (isRoundLoad(value)) {
        if (options.roundTripUnit !== undefined) noise[options.roundTripUnit] += 1;
      } else if (isRoundLoad(value * KG_PER_LB)) noise.lbs += 1;
      else if (isRoundLoad(value / KG_PER_LB)) noise.kg += 1;
      continue;
    }
    const evidence = plateEvidence(value);
    if (evidence !== null) plates[evidence] += 1;
  }
  if (noise.lbs !== noise.kg) return noise.lbs > noise.kg ? 'lbs' : 'kg';
  for (const [unit, other] of [
    ['lbs', 'kg'],
    ['kg', 'lbs'],
  ] as const) {
    if (plates[unit] >= PLATE_EVIDENCE.minimum && plates[unit] >= PLATE_EVIDENCE.ratio * plates[other]) return unit;
  }
  return null;
}
