import { describe, expect, it } from 'vitest';
import { loggedLifts } from './logged-lifts';

const set = (weightKg: number | null, done = true) => ({ weightKg, done });
const ex = (exerciseId: string, sets: Array<{ weightKg: number | null; done: boolean }>) => ({
  exerciseId,
  exerciseName: exerciseId.toUpperCase(),
  sets,
});

describe('loggedLifts', () => {
  it('should rank loaded exercises by the sessions that have them and leave out unloaded or undone ones', () => {
    const lifts = loggedLifts([
      { exercises: [ex('db-bench', [set(20)]), ex('pull-up', [set(null)]), ex('goblet', [set(24)])] },
      { exercises: [ex('db-bench', [set(22)]), ex('row', [set(30, false)])] },
    ]);
    expect(lifts).toEqual([
      { id: 'db-bench', label: 'DB-BENCH' },
      { id: 'goblet', label: 'GOBLET' },
    ]);
    expect(loggedLifts([])).toEqual([]);
  });
});
