import { type Exercise, LIFTGRAPH_CATALOG } from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import { candidateScore, isMultiJointStrength } from './candidates.js';

const byId = (id: string): Exercise => {
  const e = LIFTGRAPH_CATALOG.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id} in the catalog`);
  return e;
};

describe('isMultiJointStrength', () => {
  it.each([
    ['barbell-bench-press', true],
    ['lat-pulldown', true],
    ['barbell-deadlift', true],
    ['kettlebell-turkish-get-up', false],
    ['jm-press', false],
    ['farmers-carry', false],
    ['dumbbell-lateral-raise', false],
  ])('should say %s → %s', (id, expected) => {
    expect(isMultiJointStrength(byId(id))).toBe(expected);
  });
});

describe('candidateScore', () => {
  it('should rank a lateral raise above a Turkish get-up for the delts (no compound bonus for get-ups)', () => {
    const o = { allowed: [], familiarity: () => 0, priorityExercises: new Set<string>(), targets: {} as never };
    expect(candidateScore(byId('dumbbell-lateral-raise'), 'shoulders', o)).toBeGreaterThan(
      candidateScore(byId('kettlebell-turkish-get-up'), 'shoulders', o),
    );
  });
});
