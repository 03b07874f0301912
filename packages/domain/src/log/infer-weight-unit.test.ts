import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KG_PER_LB, fromKilograms, kg, toKilograms } from '../units.js';
import { inferUnitWithEvidence, inferWeightUnit } from './infer-weight-unit.js';
import { importWorkoutLog } from './import-workout-log.js';

describe('inferWeightUnit', () => {
  it('should say lbs when the values are kilograms exported as pounds', () => {
    expect(inferWeightUnit([0, 45, 44.09245243697551, 214.95070563025564, 135])).toBe('lbs');
  });

  it('should say kg when the values are pounds exported as kilograms', () => {
    expect(inferWeightUnit([20, 45 * KG_PER_LB, 135 * KG_PER_LB])).toBe('kg');
  });

  it.each([[[]], [[135, 225, 100, 102.5]], [[0, 0]]])(
    'should return null when nothing is noisy and plates do not decide (%j)',
    (values) => {
      expect(inferWeightUnit(values)).toBeNull();
    },
  );

  it('should read round-trip noise as the unit the app shows when it stores the other one', () => {
    const values = [74.99999999999999, 25.000000000000004, 125.00000000000001, 40];
    expect(inferWeightUnit(values, { roundTripUnit: 'lbs' })).toBe('lbs');
    expect(inferWeightUnit(values)).toBeNull();
  });

  it('should say lbs from pound-gym bar totals and kilogram loads converted at 2.2', () => {
    const pounds = [...Array<number>(15).fill(135), ...Array<number>(6).fill(225), 132, 264, 220.46, 45, 100, 62.5];
    expect(inferWeightUnit(pounds)).toBe('lbs');
  });

  it('should say kg from 1.25 kg plate steps and 2 kg dumbbell steps', () => {
    const kilos = [...Array<number>(12).fill(62.5), ...Array<number>(10).fill(22), 24, 100, 135, 60];
    expect(inferWeightUnit(kilos)).toBe('kg');
  });

  it('should abstain when the plate evidence is thin or balanced', () => {
    expect(inferWeightUnit([135, 225, 315, 62.5])).toBeNull();
    expect(inferWeightUnit([...Array<number>(25).fill(135), ...Array<number>(20).fill(62.5)])).toBeNull();
  });

  it('should recognise any plate-round kilogram load converted to pounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8000 }), (quarterKilos) => {
        const pounds = fromKilograms(kg(quarterKilos * 0.25), 'lbs');
        fc.pre(Math.abs(pounds * 1e4 - Math.round(pounds * 1e4)) > 1e-6);
        expect(inferWeightUnit([pounds])).toBe('lbs');
      }),
    );
  });
});

describe('toKilograms / fromKilograms', () => {
  it('should round-trip any weight through kilograms in either unit', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), fc.constantFrom('kg' as const, 'lbs' as const), (value, unit) => {
        expect(fromKilograms(toKilograms(value, unit), unit)).toBeCloseTo(value, 9);
      }),
    );
  });
});

describe('inferUnitWithEvidence', () => {
  it('should be sure of lbs from kg→lb round-trip artefacts and quote them as evidence', () => {
    const values = [149.99999999999997, 74.99999999999999, 125.00000000000001, 25.000000000000004, 40, 95];
    const r = inferUnitWithEvidence(values, { roundTripUnit: 'lbs' });
    expect(r).toMatchObject({ unit: 'lbs', likely: 'lbs' });
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.evidence).toContain('4 loads are round only up to float noise');
    expect(r.evidence).toContain('149.99999999999997');
    expect(r.evidence).toContain('of 6 loads');
  });

  it('should grow more confident with more conversion-noise values, and less when the other unit has some too', () => {
    const one = inferUnitWithEvidence([44.09245243697551]);
    const five = inferUnitWithEvidence([44.09245243697551, 88.18490487395102, 110.23113109243879, 132.27735731092653, 154.32358352941428]);
    const mixed = inferUnitWithEvidence([44.09245243697551, 88.18490487395102, 110.23113109243879, 20.411656650000002]);
    expect([one.unit, five.unit, mixed.unit]).toEqual(['lbs', 'lbs', 'lbs']);
    expect(one.confidence).toBe(0.5);
    expect(five.confidence).toBeGreaterThan(0.95);
    expect(mixed.confidence).toBeLessThan(five.confidence);
    expect(one.evidence).toMatch(/1 load is round kilograms converted to pounds \(e\.g\. 44\.09245243697551\)/);
  });

  it('should state plate patterns in kg and in lb with their counts and examples', () => {
    const pounds = inferUnitWithEvidence([...Array<number>(30).fill(135), ...Array<number>(10).fill(225), 62.5]);
    expect(pounds).toMatchObject({ unit: 'lbs' });
    expect(pounds.evidence).toContain('40 loads are pound-gym bar totals or kilograms converted at 2.2 (e.g. 135, 225)');
    expect(pounds.evidence).toContain('1 load is kilogram plate or dumbbell steps (e.g. 62.5)');
    // 40 of 41 plate values, 40/(40+10): 0.976 × 0.8
    expect(pounds.confidence).toBeCloseTo((40 / 41) * (40 / 50), 2);
    const kilos = inferUnitWithEvidence([...Array<number>(25).fill(22.5), ...Array<number>(25).fill(14)]);
    expect(kilos).toMatchObject({ unit: 'kg', likely: 'kg' });
    expect(kilos.confidence).toBeCloseTo(50 / 60, 2);
  });

  it('should abstain with confidence 0 when nothing tells, and lean (at most 0.5) when the evidence is thin', () => {
    const none = inferUnitWithEvidence([100, 60, 80]);
    expect(none).toMatchObject({ unit: null, likely: 'kg', confidence: 0 });
    expect(none.evidence).toMatch(/^the loads do not tell kg from lbs, none of 3 loads carries conversion noise/);
    const thin = inferUnitWithEvidence([135, 225, 315, 100]);
    expect(thin).toMatchObject({ unit: null, likely: 'lbs' });
    expect(thin.confidence).toBeGreaterThan(0);
    expect(thin.confidence).toBeLessThanOrEqual(0.5);
    expect(thin.evidence).toMatch(/leaning lbs, too little to decide$/);
  });

  it('should keep the confidence within 0–1 and agree with inferWeightUnit for any loads', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 600, noNaN: true }), { maxLength: 60 }), fc.boolean(), (values, strong) => {
        const options = strong ? { roundTripUnit: 'lbs' as const } : {};
        const r = inferUnitWithEvidence(values, options);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(r.unit).toBe(inferWeightUnit(values, options));
        if (r.unit !== null) expect(r.likely).toBe(r.unit);
      }),
    );
  });
});

describe('importWorkoutLog: the unit of a file that does not state it', () => {
  const HEADER = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
  const strong = (weights: number[]): string =>
    [HEADER, ...weights.map((w, i) => `2024-06-01 10:00:00,"Legs",1h,"Squat (Barbell)",${i + 1},${w},5,0,0,"","",`)].join('\n');

  it('should report the inferred unit with its confidence and evidence', async () => {
    const log = await importWorkoutLog(strong([149.99999999999997, 74.99999999999999, 135, 185]));
    expect(log).toMatchObject({ unit: 'lbs', unitSource: 'inferred' });
    expect(log.unitConfidence).toBeGreaterThan(0.7);
    expect(log.unitEvidence).toContain('74.99999999999999');
  });

  it('should say kg is assumed, with confidence 0 and the reason, when the loads do not tell', async () => {
    const log = await importWorkoutLog(strong([100, 60]));
    expect(log).toMatchObject({ unit: 'kg', unitSource: 'assumed', unitConfidence: 0 });
    expect(log.unitEvidence).toMatch(/^kg assumed: the loads do not tell kg from lbs/);
  });

  it('should give confidence 1 when the caller says the unit, or the file states it', async () => {
    expect(await importWorkoutLog(strong([100]), { unit: 'lbs' })).toMatchObject({ unit: 'lbs', unitSource: 'caller', unitConfidence: 1 });
    const fitnotes = await importWorkoutLog(
      'Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n2020-09-13,Squat,Legs,135.0,5,,,',
    );
    expect(fitnotes).toMatchObject({
      unit: 'lbs',
      unitSource: 'file',
      unitConfidence: 1,
      unitEvidence: 'stated by the file (the header "Weight (lbs)")',
    });
  });
});
