import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionRpeLoad } from './session-rpe-load.js';
import { volumeLoadKg } from './volume-load.js';

describe('volumeLoadKg', () => {
  it.each([
    [
      [
        { reps: 5, loadKg: 100 },
        { reps: 5, loadKg: 100 },
        { reps: 5, loadKg: 100 },
      ],
      1500,
    ], // 3 × 5 × 100
    [
      [
        { reps: 8, loadKg: 60 },
        { reps: 6, loadKg: 70 },
      ],
      900,
    ], // 480 + 420
    [
      [
        { reps: 10, loadKg: null },
        { reps: null, loadKg: 50 },
      ],
      0,
    ], // unknown load or reps count 0
    [[], 0],
  ])('should give %j a volume-load of %d kg', (sets, expected) => {
    expect(volumeLoadKg(sets)).toBe(expected);
  });

  it('should reject a negative load', () => {
    expect(() => volumeLoadKg([{ reps: 5, loadKg: -20 }])).toThrowError(/set 0 needs reps ≥ 0 and load ≥ 0 kg, got 5 × -20/);
  });

  it('should be additive over sets', () => {
    const set = fc.record({ reps: fc.integer({ min: 0, max: 30 }), loadKg: fc.integer({ min: 0, max: 300 }) });
    fc.assert(
      fc.property(fc.array(set), fc.array(set), (a, b) => {
        expect(volumeLoadKg([...a, ...b])).toBe(volumeLoadKg(a) + volumeLoadKg(b));
      }),
    );
  });
});

describe('sessionRpeLoad', () => {
  it.each([
    [60, 7, 420], // Foster 2001: 60 min × sRPE 7
    [45, 5.5, 247.5],
    [0, 8, 0],
  ])('should give %d min at sRPE %d a load of %d AU', (durationMin, sessionRpe, expected) => {
    expect(sessionRpeLoad(durationMin, sessionRpe)).toBe(expected);
  });

  it.each([
    [60, 11, /sessionRpe must be a number in \[0, 10\], got 11/],
    [-5, 7, /durationMin must be a number in \[0, 600\], got -5/],
    [3600, 7, /durationMin must be a number in \[0, 600\], got 3600/],
  ])('should reject %d min at sRPE %d', (durationMin, sessionRpe, message) => {
    expect(() => sessionRpeLoad(durationMin, sessionRpe)).toThrowError(message);
  });
});
