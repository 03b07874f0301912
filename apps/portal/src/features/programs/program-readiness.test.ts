import { describe, expect, it } from 'vitest';
import { unassignableReason } from './program-readiness';

const day = (index: number, n: number) => ({ index, prescriptions: Array.from({ length: n }, () => ({})) });

describe('unassignableReason', () => {
  it('should let a program whose every session has exercises be assigned', () => {
    expect(unassignableReason({ weeks: [{ index: 0, days: [day(0, 4), day(1, 3)] }] })).toBeNull();
  });

  it('should refuse a program with empty sessions and name them', () => {
    expect(
      unassignableReason({
        weeks: [
          { index: 0, days: [day(0, 0), day(1, 3)] },
          { index: 1, days: [day(0, 0), day(1, 2)] },
        ],
      }),
    ).toBe(
      '2 sessions without exercises (week 1 day 1, week 2 day 1): add exercises or generate again with other settings before assigning.',
    );
  });

  it('should refuse a program without sessions', () => {
    expect(unassignableReason({ weeks: [] })).toMatch(/no sessions/);
  });
});
