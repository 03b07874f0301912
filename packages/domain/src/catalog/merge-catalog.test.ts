import { describe, expect, it } from 'vitest';
import type { Exercise } from '../exercise/exercise.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
import { mergeCatalog } from './merge-catalog.js';

const imported = (id: string, name: string): Exercise => ({
  id,
  name,
  pattern: 'other',
  mechanic: 'isolation',
  force: null,
  equipment: 'other',
  level: 'beginner',
  category: 'strength',
  targets: [{ muscle: 'chest', role: 'primary', share: 1 }],
  bodyweight: false,
  loading: 'total',
  source: 'free-exercise-db',
});

describe('mergeCatalog', () => {
  const own = LIFTGRAPH_CATALOG.slice();
  const result = mergeCatalog(own, [
    imported('barbell-bench-press-medium-grip', 'Barbell Bench Press, Flat'),
    imported('zz-new', 'Zig Zag Thing'),
    imported('zz-new-2', 'Zig-Zag Things'),
    imported('barbell-curl', 'Curl With Chains'),
  ]);

  it('should let own entries win and record the imported name as an alias', () => {
    const bench = result.catalog.find((e) => e.id === 'barbell-bench-press');
    expect(bench?.source).toBe('liftgraph');
    expect(bench?.aliases).toContain('Barbell Bench Press, Flat');
  });

  it('should add new exercises once, folding a same-key import into the first', () => {
    expect(result.counts).toEqual({ 'matched-own': 1, 'duplicate-import': 1, added: 2 });
    expect(result.catalog.find((e) => e.id === 'zz-new')?.aliases).toEqual(['Zig-Zag Things']);
  });

  it('should prefix an imported id that clashes with an own id', () => {
    expect(result.catalog.some((e) => e.id === 'fedb-barbell-curl' && e.name === 'Curl With Chains')).toBe(true);
  });

  it('should not mutate its inputs', () => {
    expect(own.find((e) => e.id === 'barbell-bench-press')?.aliases).not.toContain('Barbell Bench Press, Flat');
  });
});
