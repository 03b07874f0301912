import { describe, expect, it } from 'vitest';
import { rollingOriginWindows } from './evaluate.js';

describe('rollingOriginWindows', () => {
  it('should be the usual last sixth for one origin', () => {
    expect(rollingOriginWindows(1)).toEqual([{ trainFraction: 5 / 6, testEndFraction: 1 }]);
  });

  it('should step back a sixth per earlier origin, each testing the sixth after its cutoff', () => {
    const w = rollingOriginWindows(3);
    expect(w.map((o) => o.trainFraction)).toEqual([3 / 6, 4 / 6, 5 / 6].map((f) => expect.closeTo(f, 12)));
    w.forEach((o) => expect(o.testEndFraction - o.trainFraction).toBeCloseTo(1 / 6, 12));
  });

  it('should refuse more origins than the timeline has room for', () => {
    expect(() => rollingOriginWindows(5)).toThrowError(/\[1, 4\], got 5/);
  });
});
