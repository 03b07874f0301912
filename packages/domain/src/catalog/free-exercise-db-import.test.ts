import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { freeExerciseDbId, importFreeExerciseDb, importedTargets } from './free-exercise-db-import.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
import { mergeCatalog } from './merge-catalog.js';
import { requireSharedData, sharedDataDir } from './testing/real-data.js';
import { validateCatalog } from './validate-catalog.js';

const record = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'Barbell_Bench_Press_-_Medium_Grip',
  name: 'Barbell Bench Press - Medium Grip',
  force: 'push',
  level: 'beginner',
  mechanic: 'compound',
  equipment: 'barbell',
  primaryMuscles: ['chest'],
  secondaryMuscles: ['shoulders', 'triceps'],
  category: 'strength',
  ...over,
});

describe('importFreeExerciseDb', () => {
  it('should convert a record into an exercise with inferred pattern and split shares', () => {
    const [e] = importFreeExerciseDb([record()]);
    expect(e).toMatchObject({
      id: 'barbell-bench-press-medium-grip',
      externalId: 'Barbell_Bench_Press_-_Medium_Grip',
      pattern: 'horizontal-push',
      source: 'free-exercise-db',
    });
    expect(e?.targets.map((t) => [t.muscle, t.role, Number(t.share.toFixed(9))])).toEqual([
      ['chest', 'primary', 0.7],
      ['shoulders', 'secondary', 0.15],
      ['triceps', 'secondary', 0.15],
    ]);
  });

  it('should default null equipment to other and null mechanic to isolation', () => {
    const [e] = importFreeExerciseDb([record({ equipment: null, mechanic: null, name: 'Band Thing', primaryMuscles: ['biceps'] })]);
    expect(e).toMatchObject({ equipment: 'other', mechanic: 'isolation', pattern: 'elbow-flexion' });
  });

  it.each([
    [[record(), record({ primaryMuscles: ['delts'] })], /free-exercise-db\[1\]\.primaryMuscles\[0\]: unknown muscle "delts"/],
    [[record({ level: 'pro' })], /free-exercise-db\[0\]\.level: expected one of beginner \| intermediate \| expert, got "pro"/],
    [[record({ name: '' })], /free-exercise-db\[0\]\.name: expected a non-empty string/],
    [[record({ secondaryMuscles: 'chest' })], /free-exercise-db\[0\]\.secondaryMuscles: expected an array/],
    [[record(), record()], /free-exercise-db\[1\]\.id: "Barbell_Bench_Press_-_Medium_Grip" duplicates record 0/],
    [[42], /free-exercise-db\[0\]: expected an object, got 42/],
    [{ exercises: [] }, /expected a JSON array/],
  ])('should reject bad input naming index and field (%#)', (json, message) => {
    expect(() => importFreeExerciseDb(json)).toThrowError(DomainError);
    expect(() => importFreeExerciseDb(json)).toThrowError(message);
  });
});

describe('importedTargets', () => {
  it('should give everything to the primaries when there are no secondaries', () => {
    expect(importedTargets(['quadriceps', 'glutes'], [])).toEqual([
      { muscle: 'quadriceps', role: 'primary', share: 0.5 },
      { muscle: 'glutes', role: 'primary', share: 0.5 },
    ]);
  });

  it('should drop a secondary that is also primary', () => {
    expect(importedTargets(['chest'], ['chest', 'triceps']).map((t) => t.muscle)).toEqual(['chest', 'triceps']);
  });
});

describe('freeExerciseDbId', () => {
  it.each([
    ['3_4_Sit-Up', '3-4-sit-up'],
    ['Dumbbell_Flyes', 'dumbbell-flyes'],
  ])('should turn %s into %s', (upstream, id) => {
    expect(freeExerciseDbId(upstream)).toBe(id);
  });
});

const FILE = `${sharedDataDir(import.meta.url)}/exercises/free-exercise-db.json`;
const available = requireSharedData(existsSync(FILE), 'the real free-exercise-db tests', FILE, process.env);

describe.skipIf(!available)('the real free-exercise-db file', () => {
  const imported = available ? importFreeExerciseDb(JSON.parse(readFileSync(FILE, 'utf8'))) : [];

  it('should parse all 873 exercises into a valid catalog', () => {
    expect(imported).toHaveLength(873);
    expect(validateCatalog(imported)).toEqual([]);
  });

  it('should merge into the own catalog: 192 matched own, 2 duplicate imports, 679 added', () => {
    const merged = mergeCatalog(LIFTGRAPH_CATALOG, imported);
    expect(merged.counts).toEqual({ 'matched-own': 192, 'duplicate-import': 2, added: 679 });
    expect(merged.catalog).toHaveLength(LIFTGRAPH_CATALOG.length + 679);
    expect(validateCatalog(merged.catalog)).toEqual([]);
  });

  it.each([
    ['Barbell Bench Press - Medium Grip', 'barbell-bench-press'],
    ['Barbell Squat', 'barbell-back-squat'],
    ['Pullups', 'pull-up'],
    ['Hammer Curls', 'hammer-curl'],
    ['Romanian Deadlift', 'barbell-romanian-deadlift'],
    ['Smith Machine Decline Press', 'decline-smith-press'],
  ])('should fold "%s" into %s', (name, id) => {
    const d = mergeCatalog(LIFTGRAPH_CATALOG, imported).decisions.find((x) => x.importedName === name);
    expect(d?.exerciseId).toBe(id);
  });
});
