import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateSetEffort } from './set-effort-proxy.js';

describe('estimateSetEffort', () => {
  it.each([
    [100, 1, 100, 10, 0], // 100 % → position 0 → 1 rep to failure
    [81.1, 5, 100, 8, 2], // 81.1 % = seq[12] → 7 reps to failure → RIR 2 (RTS row 5, RPE 8)
    [86.3, 5, 100, 10, 0], // 86.3 % = seq[8] → 5 to failure (row 5, RPE 10)
    [73.9, 8, 100, 8, 2], // 73.9 % = seq[18] → 10 to failure → RIR 2 (row 8, RPE 8)
    [60, 5, 100, 0.036, 9.964], // between seq[27] 61.3 and seq[28] 59.9: k = 27.93 → 14.96 to failure
    [40, 5, 100, 0, 10], // extrapolated far past the chart; RIR capped at 10
    [110, 3, 100, 10, 0], // above the old e1RM: a new best, RIR floors at 0
  ])('should rate %d kg × %d reps at e1RM %d kg as RPE %d (RIR %d)', (loadKg, reps, e1RmKg, rpe, rir) => {
    const effort = estimateSetEffort(loadKg, reps, e1RmKg);
    expect(effort.rpe).toBeCloseTo(rpe, 2);
    expect(effort.rir).toBeCloseTo(rir, 2);
  });

  it.each([
    [0, 5, 100, /load and e1RM must be finite numbers > 0 kg, got 0 and 100/],
    [80, 0, 100, /reps must be a number ≥ 1, got 0/],
  ])('should reject %d kg × %d reps at e1RM %d', (loadKg, reps, e1RmKg, message) => {
    expect(() => estimateSetEffort(loadKg, reps, e1RmKg)).toThrowError(message);
  });

  it('should not fall when load or reps rise', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 120, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 15 }),
        (loadKg, extraKg, reps) => {
          const base = estimateSetEffort(loadKg, reps, 100).rpe;
          expect(estimateSetEffort(loadKg + extraKg, reps, 100).rpe).toBeGreaterThanOrEqual(base);
          expect(estimateSetEffort(loadKg, reps + 1, 100).rpe).toBeGreaterThanOrEqual(base);
        },
      ),
    );
  });
});
