import { describe, expect, it } from 'vitest';
import { loadInputUnit } from './format-load';

describe('loadInputUnit', () => {
  it('should name what the typed number is', () => {
    expect(loadInputUnit({ loadPerHand: false, bodyweight: false })).toBe('kg');
    expect(loadInputUnit({ loadPerHand: true, bodyweight: false })).toBe('kg per hand');
    expect(loadInputUnit({ loadPerHand: false, bodyweight: true })).toBe('added kg');
  });
});
