import { describe, expect, it } from 'vitest';
import { MUSCLE_GROUP_IDS } from '../exercise/exercise.js';
import { VOLUME_LANDMARKS, volumeLandmarkOf, volumeZone } from './volume-landmarks.js';

describe('volumeZone', () => {
  it.each([
    ['chest', 0, 'none'],
    ['chest', 6, 'below-mev'],
    ['chest', 10, 'productive'],
    ['chest', 21, 'high'],
    ['chest', 23, 'above-mrv'],
    ['adductors', 13, 'above-mrv'],
    ['abductors', 8, 'high'],
    ['neck', 9, 'above-mrv'],
    ['unknown muscle', 5, 'productive'],
    ['toString', 5, 'productive'],
  ] as const)('should place %s at %d sets in %s', (muscle, sets, zone) => {
    expect(volumeZone(muscle, sets)).toBe(zone);
  });

  it('should have landmarks for every muscle group, ordered MV ≤ MEV ≤ MAV ≤ MRV', () => {
    for (const m of MUSCLE_GROUP_IDS) {
      const lm = volumeLandmarkOf(m);
      expect(lm, m).toBe(VOLUME_LANDMARKS[m]);
      expect(lm && [lm.mv, lm.mev, lm.mavLow, lm.mavHigh, lm.mrv].every((x, i, xs) => i === 0 || (xs[i - 1] ?? 0) <= x), m).toBe(true);
    }
  });
});
