import { describe, expect, it } from 'vitest';
import { repeatRuns, repeatRunsAsync } from './repeat-runs.js';

describe('repeatRuns', () => {
  it('should report mean and sample sd per metric', () => {
    const summary = repeatRuns([1, 2, 3], (seed) => ({ mae: seed * 2 }));
    // values 2, 4, 6: mean 4, sd √((4 + 0 + 4) / 2) = 2
    expect(summary['mae']).toMatchObject({ mean: 4, sd: 2, n: 3 });
  });

  it('should leave out null values and give null for a never-defined metric', () => {
    const summary = repeatRuns([1, 2], (seed) => ({ rest: seed === 1 ? 5 : null, never: null }));
    expect(summary['rest']).toMatchObject({ mean: 5, sd: 0, n: 1 });
    expect(summary['never']).toBeNull();
  });

  it('should run asynchronous runs one at a time', async () => {
    const order: number[] = [];
    const summary = await repeatRunsAsync([3, 1], async (seed) => {
      order.push(seed);
      await Promise.resolve();
      return { x: seed };
    });
    expect(order).toEqual([3, 1]);
    expect(summary['x']?.mean).toBe(2);
  });

  it('should reject an empty seed list', () => {
    expect(() => repeatRuns([], () => ({}))).toThrowError(/at least one seed/);
  });
});
