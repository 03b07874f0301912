import { KG_PER_LB, LIFTGRAPH_CATALOG, priorRatio } from '@liftgraph/domain';
import type { ProgramPrescription } from '@liftgraph/domain/program';
import { describe, expect, it } from 'vitest';
import { carriedLoad, swapLoadRatio, UNCOVERED_SWAP_DISCOUNT } from './swap-options.js';

const exercise = (id: string) => {
  const e = LIFTGRAPH_CATALOG.find((x) => x.id === id);
  if (e === undefined) throw new Error(`${id} is not in the catalog`);
  return e;
};

const rx = (exerciseId: string, loadKg: number, loadPerHand: boolean): ProgramPrescription => ({
  exerciseId,
  exerciseName: exercise(exerciseId).name,
  primaryMuscles: [],
  secondaryMuscles: [],
  sets: 3,
  reps: 8,
  loadKg,
  loadPerHand,
  bodyweight: false,
  restSec: 120,
  targetRpe: 8,
  rationale: '',
  details: '',
  locked: false,
  adjustment: null,
  source: 'rules',
});

describe('swap: the carried load reads whole load and per hand the right way', () => {
  it('should carry a 14 kg goblet squat (one dumbbell) to 6 kg per hand on the dumbbell squat, not 14 per hand', () => {
    const goblet = exercise('goblet-squat');
    const squat = exercise('dumbbell-squat');
    expect(goblet.loading).toBe('single');
    expect(squat.loading).toBe('per-hand');
    expect(swapLoadRatio(goblet, squat)).toEqual({ ratio: 1, caution: null });
    const carried = carriedLoad(rx('goblet-squat', 14, false), goblet, squat, null);
    // 14 kg in all × 1.00 = 14 kg in all → 7 kg per hand → 6 kg on the 2 kg dumbbell step.
    expect(carried.loadKg).toBe(6);
    expect(carried.basis).toBe('14 kg on Goblet Squat × strength ratio 1.00 = 14 kg in all → 6 kg per hand, rounded down to the 2 kg step');
  });

  it("should round a carried load on an lbs athlete's 5 lb dumbbell step, stored as the exact kg", () => {
    const goblet = exercise('goblet-squat');
    const squat = exercise('dumbbell-squat');
    // 40 lb goblet squat → 40 lb in all → 20 lb per hand, already a 5 lb step.
    const carried = carriedLoad(rx('goblet-squat', 40 * KG_PER_LB, false), goblet, squat, null, { unit: 'lbs', microplates: false });
    expect((carried.loadKg ?? 0) / KG_PER_LB).toBeCloseTo(20, 6);
    // On kg plates the same carry lands on the 2 kg step (18.14 kg in all → 9.07 per hand → 8 kg).
    expect(carriedLoad(rx('goblet-squat', 40 * KG_PER_LB, false), goblet, squat, null).loadKg).toBe(8);
  });

  it('should carry 10 kg per hand on the dumbbell squat to one 20 kg dumbbell on the goblet squat', () => {
    const carried = carriedLoad(rx('dumbbell-squat', 10, true), exercise('dumbbell-squat'), exercise('goblet-squat'), null);
    expect(carried.loadKg).toBe(20);
    expect(carried.basis).toContain('10 kg per hand (20 kg in all) on Dumbbell Squat × strength ratio 1.00 = 20 kg in all → 20 kg,');
  });

  it('should start a dumbbell thruster lighter than the goblet squat: the press is not covered, so × 0.8 and the reason says so', () => {
    const goblet = exercise('goblet-squat');
    const thruster = exercise('dumbbell-thruster');
    const { ratio, caution } = swapLoadRatio(goblet, thruster);
    expect(ratio).toBeCloseTo(UNCOVERED_SWAP_DISCOUNT);
    expect(caution).toBe('× 0.8 to be safe (works shoulders, which Goblet Squat does not)');
    const carried = carriedLoad(rx('goblet-squat', 14, false), goblet, thruster, null);
    // 14 × 0.8 = 11.2 kg in all → 5.6 per hand → 4 kg.
    expect(carried.loadKg).toBe(4);
    expect(carried.basis).toContain('× 0.8 to be safe (works shoulders, which Goblet Squat does not)');
    expect(carried.basis).toContain('→ 4 kg per hand');
  });

  it('should discount a swap to another pattern', () => {
    const goblet = exercise('goblet-squat');
    const bench = exercise('dumbbell-bench-press');
    const { ratio, caution } = swapLoadRatio(goblet, bench);
    expect(caution).toBe('× 0.8 to be safe (another pattern than Goblet Squat)');
    expect(ratio).toBeCloseTo(priorRatio(goblet, bench) * UNCOVERED_SWAP_DISCOUNT);
  });
});
