import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { banister, BANISTER_DEFAULTS } from './banister.js';

const loads = fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 1, maxLength: 60 });

describe('banister', () => {
  it('should apply one impulse from the next day on when using the defaults', () => {
    const [day0, day1, day2] = banister([100, 0, 0]);
    expect(day0).toEqual({ fitness: 0, fatigue: 0, performance: 0 }); // s < t: today's dose not yet counted
    expect(day1?.fitness).toBeCloseTo(97.6472, 3); // 100·e^(−1/42)
    expect(day1?.fatigue).toBeCloseTo(86.6878, 3); // 100·e^(−1/7)
    expect(day1?.performance).toBeCloseTo(-75.7284, 3); // 97.6472 − 2·86.6878
    expect(day2?.performance).toBeCloseTo(-54.9458, 3); // 100·e^(−2/42) − 2·100·e^(−2/7)
  });

  it('should use tau 42/7 and k1 < k2 as the documented prior', () => {
    expect(BANISTER_DEFAULTS).toEqual({ p0: 0, k1: 1, k2: 2, tau1Days: 42, tau2Days: 7 });
  });

  it('should match the direct convolution sum', () => {
    fc.assert(
      fc.property(loads, (w) => {
        const points = banister(w, { p0: 50, k1: 0.1, k2: 0.3, tau1Days: 50, tau2Days: 15 });
        points.forEach((point, t) => {
          let g = 0;
          let h = 0;
          for (let s = 0; s < t; s += 1) {
            g += (w[s] ?? 0) * Math.exp(-(t - s) / 50);
            h += (w[s] ?? 0) * Math.exp(-(t - s) / 15);
          }
          expect(point.performance).toBeCloseTo(50 + 0.1 * g - 0.3 * h, 6);
        });
      }),
    );
  });

  it('should turn performance positive when fatigue has decayed faster than fitness', () => {
    const late = banister([100, ...Array<number>(30).fill(0)]).at(-1);
    // fatigue/fitness = e^(−30/7) / e^(−30/42) = e^(−30·5/42) = 0.02812
    expect((late?.fatigue ?? 0) / (late?.fitness ?? 1)).toBeCloseTo(0.02812, 4);
    expect(late?.performance).toBeGreaterThan(0);
  });

  it.each([
    [{ tau1Days: 0 }, /tau1Days must be a number in \[.*, 365\], got 0/],
    [{ k2: -1 }, /k2 must be a number in \[0, .*\], got -1/],
  ])('should reject %o', (params, message) => {
    expect(() => banister([1], params)).toThrowError(message);
  });
});
