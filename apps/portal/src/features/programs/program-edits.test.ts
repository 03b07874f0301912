import { describe, expect, it } from 'vitest';
import { dosePatch, typedNumber } from './program-edits';

const before = { sets: 3, reps: 5, loadKg: 24, targetRpe: 8, restSec: 180 };
const form = (over: Partial<Record<keyof typeof before, string>>) => ({
  sets: '3',
  reps: '5',
  loadKg: '24',
  targetRpe: '8',
  restSec: '180',
  ...over,
});

describe('dosePatch', () => {
  it('should send only what the coach changed', () => {
    expect(dosePatch(before, form({ sets: '4' }))).toEqual({ sets: 4 });
    expect(dosePatch(before, form({ loadKg: '26,5', targetRpe: '7.5' }))).toEqual({ loadKg: 26.5, targetRpe: 7.5 });
  });
  it('should be null when nothing changed', () => {
    expect(dosePatch(before, form({}))).toBeNull();
  });
  it('should read an emptied load as no external load and leave other emptied fields alone', () => {
    expect(dosePatch(before, form({ loadKg: '', reps: '' }))).toEqual({ loadKg: null });
  });
  it("should read the load in the viewer's unit: lb typed, kg sent; a load left as shown is no change", () => {
    const lb = { unit: 'lbs', locale: 'en-US', timeZone: 'America/New_York', microplates: false } as const;
    const squat = { ...before, loadKg: 62.5 }; // shown as 140 lb (137.8 on the 5 lb step)
    expect(dosePatch(squat, form({ loadKg: '140' }), lb)).toBeNull();
    const patch = dosePatch(squat, form({ loadKg: '135' }), lb);
    expect(patch?.loadKg).toBeCloseTo(61.23496995, 8);
  });
});

describe('typedNumber', () => {
  it('should keep a value that is not a number as NaN so the API can name it', () => {
    expect(typedNumber('abc')).toBeNaN();
    expect(typedNumber(' ')).toBeNull();
  });
});
