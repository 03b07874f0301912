import { describe, expect, it } from 'vitest';
import { KG_PER_LB } from '../units.js';
import { formatLoad, formatWeight, prescribedWeightIn, weightIn } from './format-load.js';

describe('formatLoad', () => {
  it.each([
    [{ loadKg: 100, loadPerHand: false, bodyweight: false }, '100 kg'],
    [{ loadKg: 102.5, loadPerHand: false, bodyweight: false }, '102.5 kg'],
    [{ loadKg: 24, loadPerHand: true, bodyweight: false }, '24 kg per hand'],
    [{ loadKg: null, loadPerHand: false, bodyweight: true }, 'body weight'],
    [{ loadKg: 0, loadPerHand: false, bodyweight: true }, 'body weight'],
    [{ loadKg: 10, loadPerHand: false, bodyweight: true }, 'body weight + 10 kg'],
    [{ loadKg: 5, loadPerHand: true, bodyweight: true }, 'body weight + 5 kg per hand'],
    [{ loadKg: 0, loadPerHand: false, bodyweight: false }, '0 kg'],
    [{ loadKg: 22.500000000000004, loadPerHand: true, bodyweight: false }, '22.5 kg per hand'],
  ])('should word %j as "%s"', (load, text) => {
    expect(formatLoad(load)).toBe(text);
  });

  it('should write the number as the locale does when given one', () => {
    expect(formatLoad({ loadKg: 62.5, loadPerHand: false, bodyweight: false }, { unit: 'lbs', microplates: true }, 'de-DE')).toBe(
      '137,5 lb',
    );
    expect(formatLoad({ loadKg: 1002.5, loadPerHand: false, bodyweight: false }, 'kg', 'en-GB')).toBe('1,002.5 kg');
  });

  it('should show nothing when an exercise that is not body weight has no load', () => {
    expect(formatLoad({ loadKg: null, loadPerHand: false, bodyweight: false })).toBeNull();
    expect(formatLoad({ loadKg: null, loadPerHand: true, bodyweight: false }, 'lbs')).toBeNull();
  });

  it.each([
    [{ loadKg: 135 * KG_PER_LB, loadPerHand: false, bodyweight: false }, 'lbs', '135 lb'],
    [{ loadKg: 62.5, loadPerHand: false, bodyweight: false }, 'lbs', '140 lb'], // 137.79 lb on the 5 lb step
    [{ loadKg: 62.5, loadPerHand: false, bodyweight: false }, { unit: 'lbs', microplates: true }, '137.5 lb'],
    [{ loadKg: 22.5, loadPerHand: true, bodyweight: false }, 'lbs', '50 lb per hand'],
    [{ loadKg: 10, loadPerHand: false, bodyweight: true }, 'lbs', 'body weight + 20 lb'],
    [{ loadKg: 60, loadPerHand: false, bodyweight: false }, 'kg', '60 kg'],
    [{ loadKg: 1, loadPerHand: true, bodyweight: false }, 'lbs', '2.2 lb per hand'], // below half a step: as it is
  ] as const)('should word %j for %j as "%s"', (load, plates, text) => {
    expect(formatLoad(load, plates)).toBe(text);
  });
});

describe('weights in a unit', () => {
  it('should convert with the exact pound (0.45359237 kg)', () => {
    expect(weightIn(100, 'lbs')).toBe(220.5); // 220.462 lb to 0.1
    expect(weightIn(45 * KG_PER_LB, 'lbs')).toBe(45);
    expect(weightIn(61.23496995, 'kg')).toBe(61.23);
    expect(formatWeight(60)).toBe('60 kg');
    expect(formatWeight(61.23496995, 'lbs')).toBe('135 lb');
    expect(formatWeight(62.5, 'lbs', 'fr-FR')).toBe('137,8 lb');
  });

  it('should show a prescribed kg load in lb on the lb plate step, never on 137.8 lb', () => {
    expect(weightIn(62.5, 'lbs')).toBe(137.8); // the plain conversion…
    expect(prescribedWeightIn(62.5, 'lbs')).toBe(140); // …and what goes on the bar
    expect(prescribedWeightIn(62.5, 'kg')).toBe(62.5);
  });
});
