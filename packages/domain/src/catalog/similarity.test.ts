import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../exercise/exercise.js';
import { DomainError } from '../errors.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
import { sharedMuscles, similarity, topSimilar } from './similarity.js';

const byId = (id: string): Exercise => {
  const e = LIFTGRAPH_CATALOG.find((x) => x.id === id);
  if (!e) throw new Error(`missing ${id}`);
  return e;
};
const anyExercise = fc.constantFrom(...LIFTGRAPH_CATALOG);

describe('similarity', () => {
  it('should be 1 for an exercise with itself', () => {
    const bench = byId('barbell-bench-press');
    expect(similarity(bench, bench).score).toBeCloseTo(1, 6);
  });

  it('should be symmetric and within [0, 1] for any two catalog exercises', () => {
    fc.assert(
      fc.property(anyExercise, anyExercise, (a, b) => {
        const ab = similarity(a, b).score;
        expect(ab).toBeCloseTo(similarity(b, a).score, 9);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('should rank incline bench closer to flat bench than back squat is', () => {
    const bench = byId('barbell-bench-press');
    expect(similarity(bench, byId('incline-bench-press')).score).toBeGreaterThan(similarity(bench, byId('barbell-back-squat')).score);
  });

  it('should score barbell vs dumbbell bench as 0.6 + 0.25 (same muscles and pattern, other equipment)', () => {
    const s = similarity(byId('barbell-bench-press'), byId('dumbbell-bench-press'));
    expect(s.score).toBeCloseTo(0.85, 6);
    expect(s.basis).toBe('muscles 1.00 (chest, triceps, shoulders); same pattern horizontal-push');
  });

  it('should score only equipment for two barbell lifts without shared muscles', () => {
    const s = similarity(byId('barbell-curl'), byId('barbell-calf-raise'));
    expect(s).toMatchObject({ score: 0.15, muscleCosine: 0, samePattern: false, sameEquipment: true });
  });
});

describe('sharedMuscles', () => {
  it('should list common muscles with the overlap min(shareA, shareB), largest first', () => {
    expect(sharedMuscles(byId('barbell-bench-press'), byId('close-grip-bench-press'))).toEqual([
      { muscle: 'chest', shareA: 0.6, shareB: 0.4, overlap: 0.4 },
      { muscle: 'triceps', shareA: 0.22, shareB: 0.45, overlap: 0.22 },
      { muscle: 'shoulders', shareA: 0.18, shareB: 0.15, overlap: 0.15 },
    ]);
  });
});

describe('topSimilar', () => {
  const catalog = LIFTGRAPH_CATALOG.slice(0, 40);

  it('should give k edges per exercise, best first, never to itself', () => {
    const edges = topSimilar(catalog, 3);
    expect(edges).toHaveLength(catalog.length * 3);
    for (const e of edges) expect(e.from).not.toBe(e.to);
    const first = edges.filter((e) => e.from === catalog[0]?.id).map((e) => e.score);
    expect(first).toEqual([...first].sort((a, b) => b - a));
  });

  it('should drop edges below minScore', () => {
    expect(topSimilar(catalog, 5, 0.99).every((e) => e.score >= 0.99)).toBe(true);
  });

  it('should reject a negative k', () => {
    expect(() => topSimilar(catalog, -1)).toThrowError(DomainError);
  });
});
