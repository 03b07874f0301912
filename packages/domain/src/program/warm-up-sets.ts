import { DomainError } from '../errors.js';
import type { Equipment } from '../exercise/exercise.js';
import { plateIncrementKg } from '../overload/round-load.js';
import { KG_PER_LB, type WeightUnit } from '../units.js';

/**
 * Warm-up sets before a main lift's top set (docs/science.md §Warm-up sets). Browser-safe: the
 * portal's logging screen shows them. All loads are in the gym's unit (`kg` or `lbs`) with the kg
 * value alongside; barbell loads come with the plates to put on each side.
 */
export const WARM_UP_RULES = {
  /** The empty bar first, for 10 reps (two sets of 5 are the same idea). */
  barReps: 10,
  /**
   * The ramp, as % of the top set, reps tapering 5-3-2-1 so the warm-up prepares without tiring.
   * The 90 % single is only done before a heavy top set (≤ `maxTopReps` reps).
   */
  steps: [
    { percent: 40, reps: 5 },
    { percent: 60, reps: 3 },
    { percent: 80, reps: 2 },
    { percent: 90, reps: 1, maxTopReps: 5 },
  ] as readonly { percent: number; reps: number; maxTopReps?: number }[],
  /** Warm-up bar loads move in steps of no fractional plates: 2 × 2.5 kg or 2 × 5 lb. */
  barStep: { kg: 5, lbs: 10 } as Record<WeightUnit, number>,
  /** Plates a gym has, heaviest first, in the unit. */
  plates: { kg: [25, 20, 15, 10, 5, 2.5, 1.25], lbs: [45, 35, 25, 10, 5, 2.5] } as Record<WeightUnit, readonly number[]>,
  /** A standard bar: 20 kg (Olympic men's bar) or 45 lb. */
  barWeight: { kg: 20, lbs: 45 } as Record<WeightUnit, number>,
  /** An EZ curl bar when no weight is given, in kg (they range from about 7 to 12 kg; pass `barKg`). */
  ezBarKg: 10,
  /** Dumbbell, kettlebell, machine and cable steps in pounds (kg steps: `plateIncrementKg`). */
  lbStep: 5,
} as const;

/** How many plates of one size go on each side of the bar. */
export interface PlateCount {
  /** Plate weight in the unit. */
  plate: number;
  count: number;
}

/** What goes on a bar for a load, per side. `remainderPerSide` > 0 when the plates cannot make the load exactly. */
export interface PlateBreakdown {
  unit: WeightUnit;
  /** The bar's own weight in the unit. */
  bar: number;
  perSide: PlateCount[];
  /** The load the bar and plates make: bar + 2 × plates per side. */
  total: number;
  /** What the plates could not make, per side (0 when the load is exact). */
  remainderPerSide: number;
}

/** One warm-up set. */
export interface WarmUpSet {
  /** % of the top set this set is (rounded), the empty bar included. */
  percent: number;
  reps: number;
  /** Load in `unit`: the whole bar for barbells, each implement when `perHand`. */
  load: number;
  unit: WeightUnit;
  /** The same load in kg. */
  loadKg: number;
  /** True: a dumbbell or kettlebell in each hand and `load` is each one. */
  perHand: boolean;
  /** Per side of the bar (barbell and EZ bar loads); null for everything else. */
  plates: PlateBreakdown | null;
}

export interface WarmUpInput {
  /** The top (first working) set's load in kg: the whole bar, or each dumbbell when per hand. */
  topSetKg: number;
  /** Reps of the top set. */
  reps: number;
  equipment: Equipment;
  /** The gym's plates and dumbbells: `kg` or `lbs`. */
  unit: WeightUnit;
  /** The bar's weight in kg (barbell and EZ bar); default 20 kg / 45 lb, EZ bar 10 kg. */
  barKg?: number;
  /** A dumbbell or kettlebell in each hand (default: true for dumbbells). */
  perHand?: boolean;
}

const clean = (x: number): number => Number(x.toFixed(2));

function fieldError(field: string, value: unknown, cause: string, fix: string): DomainError {
  return new DomainError('INVALID_ARGUMENT', `${field} ${cause}, got ${String(value)}. Fix: ${fix}`);
}

function assertUnit(unit: unknown): asserts unit is WeightUnit {
  if (unit !== 'kg' && unit !== 'lbs') throw fieldError('unit', unit, "must be 'kg' or 'lbs'", "pass unit: 'kg' or unit: 'lbs'");
}

/**
 * The plates per side that make `load` (in `unit`) on a bar of `bar` (in `unit`; default 20 kg / 45 lb),
 * heaviest first. Plates come from `WARM_UP_RULES.plates`; a load the plates cannot make exactly keeps
 * the rest in `remainderPerSide`. Example: 100 kg on a 20 kg bar → 25 + 15 per side.
 */
export function plateBreakdown(load: number, unit: WeightUnit, bar: number = WARM_UP_RULES.barWeight[unit]): PlateBreakdown {
  assertUnit(unit);
  if (!Number.isFinite(bar) || bar <= 0) throw fieldError('bar', bar, 'must be a finite weight > 0', 'pass the bar weight in the unit');
  if (!Number.isFinite(load) || load < bar) {
    throw fieldError('load', load, `must be at least the bar (${bar} ${unit})`, 'pass the total load on the bar, bar included');
  }
  let left = (load - bar) / 2;
  const perSide: PlateCount[] = [];
  for (const plate of WARM_UP_RULES.plates[unit]) {
    const count = Math.floor(left / plate + 1e-9);
    if (count > 0) {
      perSide.push({ plate, count });
      left -= count * plate;
    }
  }
  const remainderPerSide = clean(Math.max(0, left));
  return { unit, bar, perSide, total: clean(bar + 2 * perSide.reduce((s, p) => s + p.plate * p.count, 0)), remainderPerSide };
}

const isBar = (equipment: Equipment): boolean => equipment === 'barbell' || equipment === 'e-z curl bar';

/** The bar's weight in the unit. */
function barIn(input: WarmUpInput): number {
  if (input.barKg !== undefined) {
    if (!Number.isFinite(input.barKg) || input.barKg <= 0) {
      throw fieldError('barKg', input.barKg, 'must be a finite weight > 0 kg', 'leave it out for a standard 20 kg bar');
    }
    return input.unit === 'kg' ? input.barKg : clean(input.barKg / KG_PER_LB);
  }
  if (input.equipment === 'e-z curl bar') return input.unit === 'kg' ? WARM_UP_RULES.ezBarKg : clean(WARM_UP_RULES.ezBarKg / KG_PER_LB);
  return WARM_UP_RULES.barWeight[input.unit];
}

/**
 * Warm-up sets that ramp to a top set (docs/science.md §Warm-up sets): for barbells the empty bar × 10,
 * then 40 % × 5, 60 % × 3, 80 % × 2 and, before a top set of ≤ 5 reps, 90 % × 1, each rounded to the
 * nearest 5 kg / 10 lb (no fractional plates in a warm-up) with its plates per side. Dumbbells,
 * kettlebells, machines and cables ramp the same percentages rounded to their own steps (per hand for
 * dumbbells), without the bar or plates. A step is left out when it rounds to the load before it or
 * to the top set, so light top sets get fewer warm-ups; body-weight exercises (`body only`) and other
 * unloaded equipment get none.
 */
export function warmUpSets(input: WarmUpInput): WarmUpSet[] {
  const { topSetKg, reps, equipment, unit } = input;
  assertUnit(unit);
  if (!Number.isFinite(topSetKg) || topSetKg <= 0) {
    throw fieldError(
      'topSetKg',
      topSetKg,
      'must be a finite load > 0 kg',
      'pass the top set’s load in kg (each dumbbell for per-hand lifts)',
    );
  }
  if (!Number.isInteger(reps) || reps < 1) throw fieldError('reps', reps, 'must be a whole number ≥ 1', 'pass the top set’s reps');
  const loaded = isBar(equipment) || ['dumbbell', 'kettlebells', 'machine', 'cable'].includes(equipment);
  if (!loaded) return [];

  const top = unit === 'kg' ? topSetKg : topSetKg / KG_PER_LB;
  const bar = isBar(equipment) ? barIn(input) : null;
  const perHand = bar === null && (input.perHand ?? equipment === 'dumbbell');
  const step = bar !== null ? WARM_UP_RULES.barStep[unit] : unit === 'kg' ? plateIncrementKg(equipment) : WARM_UP_RULES.lbStep;
  const make = (load: number, setReps: number): WarmUpSet => ({
    percent: Math.round((100 * load) / top),
    reps: setReps,
    load: clean(load),
    unit,
    loadKg: clean(unit === 'kg' ? load : load * KG_PER_LB),
    perHand,
    plates: bar !== null ? plateBreakdown(load, unit, bar) : null,
  });

  const sets: WarmUpSet[] = [];
  if (bar !== null) {
    if (top <= bar + 1e-9) return [];
    sets.push(make(bar, WARM_UP_RULES.barReps));
  }
  for (const s of WARM_UP_RULES.steps) {
    if (s.maxTopReps !== undefined && reps > s.maxTopReps) continue;
    const target = (top * s.percent) / 100;
    const load = bar !== null ? bar + Math.round((target - bar) / step) * step : Math.round(target / step) * step;
    const previous = sets.at(-1)?.load ?? 0;
    if (load < (bar ?? step) || load <= previous + 1e-9 || load >= top - 1e-9) continue;
    sets.push(make(load, s.reps));
  }
  return sets;
}
