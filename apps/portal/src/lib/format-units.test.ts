import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEWER_PREFERENCES,
  kgFromInput,
  loadInputUnit,
  loadInputValue,
  loadText,
  signedWeightText,
  type ViewerPreferences,
  weightInputValue,
  weightText,
} from './format-units';

const kg = DEFAULT_VIEWER_PREFERENCES;
const lb: ViewerPreferences = { unit: 'lbs', locale: 'en-US', timeZone: 'America/Chicago', microplates: false };
const lbMicro: ViewerPreferences = { ...lb, microplates: true };
const fr: ViewerPreferences = { unit: 'kg', locale: 'fr-FR', timeZone: 'Europe/Paris', microplates: true };

describe("loads in the viewer's unit", () => {
  it("should show a prescription on the viewer's plate step", () => {
    const squat = { loadKg: 62.5, loadPerHand: false, bodyweight: false };
    expect(loadText(squat, kg)).toBe('62.5 kg');
    expect(loadText(squat, lb)).toBe('140 lb');
    expect(loadText(squat, lbMicro)).toBe('137.5 lb');
    expect(loadText({ loadKg: 22.5, loadPerHand: true, bodyweight: false }, fr)).toBe('22,5 kg per hand');
    expect(loadText({ loadKg: null, loadPerHand: false, bodyweight: true }, lb)).toBe('body weight');
  });

  it('should show a logged weight exactly converted, not snapped', () => {
    expect(weightText(62.5, lb)).toBe('137.8 lb');
    expect(weightText(61.23496995, lb)).toBe('135 lb');
    expect(weightText(102.5, kg)).toBe('102.5 kg');
  });

  it('should name what an input is in', () => {
    expect(loadInputUnit({ loadPerHand: false, bodyweight: false }, kg)).toBe('kg');
    expect(loadInputUnit({ loadPerHand: true, bodyweight: false }, lb)).toBe('lb per hand');
    expect(loadInputUnit({ loadPerHand: false, bodyweight: true }, lb)).toBe('added lb');
    expect(loadInputUnit({ loadPerHand: true, bodyweight: true }, kg)).toBe('added kg per hand');
  });

  it('should take a typed lb number to the exact kg and show it back as typed', () => {
    const stored = kgFromInput(135, lb);
    expect(stored).toBe(61.23496995);
    expect(loadInputValue(stored, lb)).toBe('135');
    expect(weightInputValue(stored, lb)).toBe('135');
    expect(kgFromInput(60, kg)).toBe(60);
    expect(loadInputValue(null, lb)).toBe('');
  });

  it('should sign a change with a true minus', () => {
    expect(signedWeightText(-5 * 0.45359237, lb)).toBe('−5 lb');
    expect(signedWeightText(2.5, kg)).toBe('+2.5 kg');
    expect(signedWeightText(0, kg)).toBe('±0 kg');
  });
});
