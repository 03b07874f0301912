import { describe, expect, it } from 'vitest';
import { createExerciseMatcher } from './exercise-matcher.js';
import { LIFTGRAPH_CATALOG, STUDY_EXERCISE_IDS } from './liftgraph-catalog.js';
import { TRANSFERS_TO } from './transfers-to.js';
import { assertValidCatalog, nameKeyCollisions, validateCatalog } from './validate-catalog.js';

const ids = new Set(LIFTGRAPH_CATALOG.map((e) => e.id));

describe('LIFTGRAPH_CATALOG', () => {
  it('should hold at least 220 exercises', () => {
    expect(LIFTGRAPH_CATALOG.length).toBeGreaterThanOrEqual(220);
  });

  it('should pass the catalog validator', () => {
    expect(validateCatalog(LIFTGRAPH_CATALOG)).toEqual([]);
    expect(() => assertValidCatalog(LIFTGRAPH_CATALOG)).not.toThrow();
  });

  it('should never give two exercises names that normalise to the same key', () => {
    expect(nameKeyCollisions(LIFTGRAPH_CATALOG)).toEqual([]);
  });

  it('should be curated Liftgraph entries only', () => {
    expect(new Set(LIFTGRAPH_CATALOG.map((e) => e.source))).toEqual(new Set(['liftgraph']));
  });

  it.each(['barbell', 'dumbbell', 'cable', 'machine', 'body only', 'kettlebells', 'e-z curl bar', 'bands'])(
    'should include %s exercises',
    (equipment) => {
      expect(LIFTGRAPH_CATALOG.some((e) => e.equipment === equipment)).toBe(true);
    },
  );
});

describe('STUDY_EXERCISE_IDS', () => {
  const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);

  it.each(Object.entries(STUDY_EXERCISE_IDS))('should resolve the study name "%s" to %s by its name alone', (name, id) => {
    expect(ids.has(id)).toBe(true);
    expect(matcher.match(name)).toMatchObject({ exerciseId: id, confidence: 1 });
  });
});

describe('TRANSFERS_TO', () => {
  it('should seed at least 40 edges', () => {
    expect(TRANSFERS_TO.length).toBeGreaterThanOrEqual(40);
  });

  it('should only reference catalog exercises, without self-loops or duplicates', () => {
    const seen = new Set<string>();
    for (const e of TRANSFERS_TO) {
      expect(ids.has(e.from), e.from).toBe(true);
      expect(ids.has(e.to), e.to).toBe(true);
      expect(e.from).not.toBe(e.to);
      const key = `${e.from}->${e.to}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('should keep every weight in (0, 1]', () => {
    expect(TRANSFERS_TO.every((e) => e.weight > 0 && e.weight <= 1)).toBe(true);
  });

  it('should carry back squat over to front squat more than to deadlift', () => {
    const w = (to: string) => TRANSFERS_TO.find((e) => e.from === 'barbell-back-squat' && e.to === to)?.weight;
    expect(w('barbell-front-squat')).toBe(0.8);
    expect(w('barbell-deadlift')).toBe(0.4);
  });
});
