import { describe, expect, it } from 'vitest';
import { KG_PER_LB } from '../units.js';
import { plateBreakdown, warmUpSets, WARM_UP_RULES } from './warm-up-sets.js';

type Breakdown = ReturnType<typeof plateBreakdown>;
const platesOnBar = (b: Breakdown | null): number => {
  if (b === null) throw new Error('a barbell warm-up set without plates');
  return b.bar + 2 * b.perSide.reduce((s, p) => s + p.plate * p.count, 0);
};

describe('warmUpSets', () => {
  it('ramps a 100 kg barbell top set of 5: bar × 10, 40 % × 5, 60 % × 3, 80 % × 2, 90 % × 1', () => {
    const sets = warmUpSets({ topSetKg: 100, reps: 5, equipment: 'barbell', unit: 'kg' });
    expect(sets.map((s) => [s.load, s.reps])).toEqual([
      [20, 10],
      [40, 5],
      [60, 3],
      [80, 2],
      [90, 1],
    ]);
    expect(sets.map((s) => s.plates?.perSide)).toEqual([
      [],
      [{ plate: 10, count: 1 }],
      [{ plate: 20, count: 1 }],
      [
        { plate: 25, count: 1 },
        { plate: 5, count: 1 },
      ],
      [
        { plate: 25, count: 1 },
        { plate: 10, count: 1 },
      ],
    ]);
    expect(sets.every((s) => !s.perHand && s.unit === 'kg' && s.loadKg === s.load)).toBe(true);
  });

  it('makes every barbell load from the bar and its plates: bar + 2 × plates per side = load, with nothing left over', () => {
    const sets = [142.5, 61, 187, 33].flatMap((topSetKg) => warmUpSets({ topSetKg, reps: 3, equipment: 'barbell', unit: 'kg' }));
    expect(sets.length).toBeGreaterThan(8);
    for (const s of sets) {
      expect(s.plates).not.toBeNull();
      expect(platesOnBar(s.plates)).toBeCloseTo(s.load, 9);
      expect(s.plates?.remainderPerSide).toBe(0);
      // No fractional plates in a warm-up: steps of 5 kg from the bar.
      expect((s.load - 20) % 5).toBe(0);
    }
  });

  it('rounds to the nearest 5 kg and leaves out steps that collapse onto the one before or onto the top set', () => {
    // 40 kg top set: 40 % = 16 → below the bar, 60 % = 24 → 25, 80 % = 32 → 30, 90 % = 36 → 35.
    expect(warmUpSets({ topSetKg: 40, reps: 5, equipment: 'barbell', unit: 'kg' }).map((s) => s.load)).toEqual([20, 25, 30, 35]);
    // 25 kg top set: only the bar is lighter (every step rounds to 20 or 25).
    expect(warmUpSets({ topSetKg: 25, reps: 5, equipment: 'barbell', unit: 'kg' }).map((s) => s.load)).toEqual([20]);
    // The top set is the empty bar: nothing to ramp.
    expect(warmUpSets({ topSetKg: 20, reps: 5, equipment: 'barbell', unit: 'kg' })).toEqual([]);
  });

  it('does the 90 % single only before a heavy top set (≤ 5 reps)', () => {
    const heavy = warmUpSets({ topSetKg: 100, reps: 3, equipment: 'barbell', unit: 'kg' });
    const light = warmUpSets({ topSetKg: 100, reps: 8, equipment: 'barbell', unit: 'kg' });
    expect(heavy.at(-1)).toMatchObject({ load: 90, reps: 1, percent: 90 });
    expect(light.at(-1)).toMatchObject({ load: 80, reps: 2, percent: 80 });
  });

  it('uses pound plates on a 45 lb bar in a pound gym', () => {
    const topSetKg = 225 * KG_PER_LB; // 225 lb
    const sets = warmUpSets({ topSetKg, reps: 5, equipment: 'barbell', unit: 'lbs' });
    // 40 % of 225 = 90 → 45 + round(45/10) × 10 = 95; 60 % = 135; 80 % = 180 → 45 + 14 × 10 = 185 (13.5 steps round up); 90 % = 202.5 → 205.
    expect(sets.map((s) => s.load)).toEqual([45, 95, 135, 185, 205]);
    expect(sets[2]?.plates?.perSide).toEqual([{ plate: 45, count: 1 }]);
    // 205 lb: 80 lb per side = 45 + 35; 185 lb: 70 per side = 45 + 25.
    expect(sets[4]?.plates?.perSide).toEqual([
      { plate: 45, count: 1 },
      { plate: 35, count: 1 },
    ]);
    expect(sets[3]?.plates?.perSide).toEqual([
      { plate: 45, count: 1 },
      { plate: 25, count: 1 },
    ]);
    for (const s of sets) {
      expect(s.unit).toBe('lbs');
      expect(s.loadKg).toBeCloseTo(s.load * KG_PER_LB, 2);
      expect(platesOnBar(s.plates)).toBeCloseTo(s.load, 9);
      expect(s.plates?.perSide.every((p) => WARM_UP_RULES.plates.lbs.includes(p.plate))).toBe(true);
    }
  });

  it('takes the bar weight it is given (a 15 kg bar) and an EZ bar at 10 kg by default', () => {
    const women = warmUpSets({ topSetKg: 60, reps: 5, equipment: 'barbell', unit: 'kg', barKg: 15 });
    expect(women[0]).toMatchObject({ load: 15, reps: 10 });
    expect(women.every((s) => s.plates?.bar === 15 && Math.abs(platesOnBar(s.plates) - s.load) < 1e-9)).toBe(true);
    const ez = warmUpSets({ topSetKg: 40, reps: 8, equipment: 'e-z curl bar', unit: 'kg' });
    expect(ez[0]).toMatchObject({ load: 10, reps: 10 });
  });

  it('ramps dumbbells per hand in 2 kg steps, without a bar or plates', () => {
    const sets = warmUpSets({ topSetKg: 30, reps: 5, equipment: 'dumbbell', unit: 'kg' });
    // 40 % = 12, 60 % = 18, 80 % = 24, 90 % = 27 → 28 (nearest 2 kg dumbbell, below 30).
    expect(sets.map((s) => [s.load, s.reps])).toEqual([
      [12, 5],
      [18, 3],
      [24, 2],
      [28, 1],
    ]);
    expect(sets.every((s) => s.perHand && s.plates === null)).toBe(true);
  });

  it('ramps pound dumbbells in 5 lb steps', () => {
    const sets = warmUpSets({ topSetKg: 70 * KG_PER_LB, reps: 8, equipment: 'dumbbell', unit: 'lbs' });
    // 40 % = 28 → 30, 60 % = 42 → 40, 80 % = 56 → 55.
    expect(sets.map((s) => s.load)).toEqual([30, 40, 55]);
  });

  it('gives body-weight exercises no loaded warm-up', () => {
    expect(warmUpSets({ topSetKg: 10, reps: 5, equipment: 'body only', unit: 'kg' })).toEqual([]);
  });

  it.each([
    [{ topSetKg: 0 }, /topSetKg must be a finite load > 0 kg, got 0\. Fix:/],
    [{ reps: 2.5 }, /reps must be a whole number ≥ 1, got 2\.5/],
    [{ unit: 'lb' }, /unit must be 'kg' or 'lbs', got lb\. Fix: pass unit: 'kg'/],
    [{ barKg: -1 }, /barKg must be a finite weight > 0 kg, got -1/],
  ])('refuses %o with a message naming the field, the cause and a fix', (patch, message) => {
    const input = { topSetKg: 100, reps: 5, equipment: 'barbell' as const, unit: 'kg' as const, ...patch };
    expect(() => warmUpSets(input as Parameters<typeof warmUpSets>[0])).toThrowError(message);
  });
});

describe('plateBreakdown', () => {
  it('loads 102.5 kg as 25 + 15 + 1.25 per side on a 20 kg bar', () => {
    expect(plateBreakdown(102.5, 'kg')).toEqual({
      unit: 'kg',
      bar: 20,
      perSide: [
        { plate: 25, count: 1 },
        { plate: 15, count: 1 },
        { plate: 1.25, count: 1 },
      ],
      total: 102.5,
      remainderPerSide: 0,
    });
  });

  it('says what the plates cannot make', () => {
    const b = plateBreakdown(101, 'kg');
    expect(b.total).toBe(100);
    expect(b.remainderPerSide).toBe(0.5);
  });

  it('uses two 45s per side for 225 lb', () => {
    expect(plateBreakdown(225, 'lbs').perSide).toEqual([{ plate: 45, count: 2 }]);
  });

  it('refuses a load lighter than the bar', () => {
    expect(() => plateBreakdown(15, 'kg')).toThrowError(/load must be at least the bar \(20 kg\), got 15/);
  });
});
