import { describe, expect, it } from 'vitest';
import { formatLoad } from './format-load.js';

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

  it('should show nothing when an exercise that is not body weight has no load', () => {
    expect(formatLoad({ loadKg: null, loadPerHand: false, bodyweight: false })).toBeNull();
    expect(formatLoad({ loadKg: null, loadPerHand: true, bodyweight: false })).toBeNull();
  });
});
