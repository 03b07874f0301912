import { describe, expect, it } from 'vitest';
import { createExerciseMatcher } from './exercise-matcher.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
import { nameMappingKey, withNameMappings } from './name-mappings.js';
import { nameReport } from './name-report.js';

describe('withNameMappings', () => {
  const catalog = createExerciseMatcher(LIFTGRAPH_CATALOG);

  it('should answer a mapped name with its exercise at confidence 1, whatever its spacing and case', () => {
    const matcher = withNameMappings(catalog, [{ name: 'Overhead Press (Each Side, Dumbbells)', exerciseId: 'dumbbell-shoulder-press' }]);
    expect(matcher.match('  overhead press  (each side, DUMBBELLS)')).toEqual({
      exerciseId: 'dumbbell-shoulder-press',
      confidence: 1,
      method: 'mapping',
    });
  });

  it('should leave other names to the catalog matcher, and let a later mapping of the same key win', () => {
    const matcher = withNameMappings(catalog, [
      { name: 'Zorblax', exerciseId: 'a' },
      { name: 'zorblax', exerciseId: 'b' },
    ]);
    expect(matcher.match('Zorblax').exerciseId).toBe('b');
    expect(matcher.match('Squat (Barbell)')).toEqual(catalog.match('Squat (Barbell)'));
  });

  it('should key names without changing their words', () => {
    expect(nameMappingKey('DB Curl')).not.toBe(nameMappingKey('Dumbbell Curl'));
    expect(nameMappingKey('\uFF24B  Curl ')).toBe('db curl');
  });
});

describe('nameReport', () => {
  it('should count sets per name, map confident names, and suggest candidates for the others', async () => {
    const { importWorkoutLog } = await import('../log/import-workout-log.js');
    const csv = [
      'Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time',
      '2023-01-02,Barbell Squat,Legs,100.0,5,,,',
      '2023-01-02,Barbell Squat,Legs,100.0,5,,,',
      '2023-01-02,Zorblax Thing,Legs,40.0,10,,,',
    ].join('\n');
    const report = nameReport(await importWorkoutLog(csv), createExerciseMatcher(LIFTGRAPH_CATALOG));
    expect(report.map((r) => [r.name, r.sets, r.exerciseId !== null])).toEqual([
      ['Barbell Squat', 2, true],
      ['Zorblax Thing', 1, false],
    ]);
    expect(report[0]?.suggestions).toEqual([]);
    expect(report[1]?.suggestions.length).toBeGreaterThan(0);
  });
});
