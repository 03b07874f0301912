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
});

describe('typedNumber', () => {
  it('should keep a value that is not a number as NaN so the API can name it', () => {
    expect(typedNumber('abc')).toBeNaN();
    expect(typedNumber(' ')).toBeNull();
  });
});
