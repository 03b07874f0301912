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

/** What the loads of a file without a unit say about it: the unit, how sure, and why (in words). */
export interface UnitInference {
  /** The unit the rules decide on, or null when they abstain (see `inferWeightUnit`). */
  unit: WeightUnit | null;
  /** `unit`, or when the rules abstain the unit the evidence leans to (kg when there is none). */
  likely: WeightUnit;
  /**
   * 0–1: how strongly the loads support `likely`. Float noise: 1 − 0.5^n of n noisy values (one value
   * 0.5, five 0.97), times the majority's share; plates: the majority's share times n / (n + 10); an
   * abstention is at most 0.5 (half of the same figure), 0 with no evidence at all.
   */
  confidence: number;
  /** Human-readable evidence: counts and example values of each kind. */
  evidence: string;
}

const EXAMPLES = 3;

class Tally {
  count = 0;
  readonly examples: number[] = [];
  add(value: number): void {
    this.count += 1;
    if (this.examples.length < EXAMPLES && !this.examples.includes(value)) this.examples.push(value);
  }
  describe(what: string): string {
    const phrase = this.count === 1 ? what.replace(/^loads are/, 'load is') : what;
    return `${this.count} ${phrase} (e.g. ${this.examples.map(String).join(', ')})`;
  }
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

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
 * `unit` is null when neither rule decides: clean values (100, 60) are plausible in both units, so
 * the caller must then say which unit the file uses (the importers assume kg and say so).
 */
export function inferUnitWithEvidence(values: Iterable<number>, options: InferUnitOptions = {}): UnitInference {
  const noise = { lbs: new Tally(), kg: new Tally() };
  const roundTrip = new Tally();
  const plates = { lbs: new Tally(), kg: new Tally() };
  let loads = 0;
  for (const value of values) {
    if (!Number.isFinite(value) || value <= 0) continue;
    loads += 1;
    if (hasFloatNoise(value)) {
      if (isRoundLoad(value)) {
        if (options.roundTripUnit !== undefined) roundTrip.add(value);
      } else if (isRoundLoad(value * KG_PER_LB)) noise.lbs.add(value);
      else if (isRoundLoad(value / KG_PER_LB)) noise.kg.add(value);
      continue;
    }
    const evidence = plateEvidence(value);
    if (evidence !== null) plates[evidence].add(value);
  }
  const noisy = { lbs: noise.lbs.count, kg: noise.kg.count };
  if (options.roundTripUnit !== undefined) noisy[options.roundTripUnit] += roundTrip.count;
  const parts: string[] = [];
  if (noise.lbs.count > 0) parts.push(noise.lbs.describe('loads are round kilograms converted to pounds'));
  if (noise.kg.count > 0) parts.push(noise.kg.describe('loads are round pounds converted to kilograms'));
  if (roundTrip.count > 0 && options.roundTripUnit !== undefined) {
    const other = options.roundTripUnit === 'lbs' ? 'kilograms' : 'pounds';
    parts.push(roundTrip.describe(`loads are round only up to float noise, a ${other} round trip (the app stores ${other})`));
  }
  if (plates.lbs.count > 0) parts.push(plates.lbs.describe('loads are pound-gym bar totals or kilograms converted at 2.2'));
  if (plates.kg.count > 0) parts.push(plates.kg.describe('loads are kilogram plate or dumbbell steps'));
  const of = `of ${loads} load${loads === 1 ? '' : 's'}: `;
  const said =
    parts.length === 0 ? `none ${of.slice(0, -2)} carries conversion noise or a unit-specific plate pattern` : `${of}${parts.join('; ')}`;

  if (noisy.lbs !== noisy.kg) {
    const unit: WeightUnit = noisy.lbs > noisy.kg ? 'lbs' : 'kg';
    const major = noisy[unit];
    const minor = noisy[unit === 'lbs' ? 'kg' : 'lbs'];
    const confidence = round2(Math.min(0.99, (1 - 0.5 ** major) * (major / (major + minor))));
    return { unit, likely: unit, confidence, evidence: `${unit} from conversion noise, ${said}` };
  }
  const plateScore = (unit: WeightUnit): number => {
    const major = plates[unit].count;
    const minor = plates[unit === 'lbs' ? 'kg' : 'lbs'].count;
    return major === 0 ? 0 : (major / (major + minor)) * (major / (major + 10));
  };
  for (const [unit, other] of [
    ['lbs', 'kg'],
    ['kg', 'lbs'],
  ] as const) {
    if (plates[unit].count >= PLATE_EVIDENCE.minimum && plates[unit].count >= PLATE_EVIDENCE.ratio * plates[other].count) {
      return { unit, likely: unit, confidence: round2(Math.min(0.99, plateScore(unit))), evidence: `${unit} from plate patterns, ${said}` };
    }
  }
  const likely: WeightUnit = plates.lbs.count > plates.kg.count ? 'lbs' : 'kg';
  const confidence = round2(plateScore(likely) / 2);
  const leaning = confidence > 0 ? `; leaning ${likely}, too little to decide` : '';
  return { unit: null, likely, confidence, evidence: `the loads do not tell kg from lbs, ${said}${leaning}` };
}

/** The unit `inferUnitWithEvidence` decides on, or null when it abstains. */
export function inferWeightUnit(values: Iterable<number>, options: InferUnitOptions = {}): WeightUnit | null {
  return inferUnitWithEvidence(values, options).unit;
}
