import { describe, expect, it } from 'vitest';
import { volumeZone } from './volume-landmarks';

describe('volumeZone', () => {
  it.each([
    ['chest', 0, 'none'],
    ['chest', 6, 'below-mev'],
    ['chest', 10, 'productive'],
    ['chest', 21, 'high'],
    ['chest', 23, 'above-mrv'],
    ['unknown muscle', 5, 'productive'],
  ] as const)('should place %s at %d sets in %s', (muscle, sets, zone) => {
    expect(volumeZone(muscle, sets)).toBe(zone);
  });
});
