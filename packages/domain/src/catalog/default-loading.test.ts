import { describe, expect, it } from 'vitest';
import type { Equipment, LoadingKind } from '../exercise/exercise.js';
import { customExerciseFor } from './custom-exercise.js';
import { defaultLoading } from './default-loading.js';
import { importFreeExerciseDb } from './free-exercise-db-import.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';

const KINDS: readonly LoadingKind[] = ['total', 'per-hand', 'single', 'bodyweight-plus'];
const byId = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e]));
const loadingOf = (id: string): LoadingKind | undefined => byId.get(id)?.loading;

describe('defaultLoading', () => {
  it.each<[string, Equipment, boolean, LoadingKind]>([
    ['Pull-Up', 'body only', true, 'bodyweight-plus'],
    ['Assisted Dip', 'machine', true, 'bodyweight-plus'],
    ['Dumbbell Bench Press', 'dumbbell', false, 'per-hand'],
    ['Kettlebell Farmers Carry', 'kettlebells', false, 'per-hand'],
    ['Single Leg Romanian Deadlift', 'dumbbell', false, 'per-hand'],
    ['One Arm Dumbbell Row', 'dumbbell', false, 'single'],
    ['Single-Arm Dumbbell Press', 'dumbbell', false, 'single'],
    ['1 arm DB row', 'dumbbell', false, 'single'],
    ['Unilateral Dumbbell Curl', 'dumbbell', false, 'single'],
    ['Goblet Squat', 'dumbbell', false, 'single'],
    ['Plié Dumbbell Squat', 'dumbbell', false, 'single'],
    ['Turkish Get-Up', 'kettlebells', false, 'single'],
    ['Dumbbell Side Bends', 'dumbbell', false, 'single'],
    ['Concentration Curl', 'dumbbell', false, 'single'],
    ['Dumbbell Pullover', 'dumbbell', false, 'single'],
    ['Kettlebell Swing', 'kettlebells', false, 'single'],
    ['Suitcase Carry', 'dumbbell', false, 'single'],
    ['Double Kettlebell Windmill', 'kettlebells', false, 'per-hand'],
    ['Single Arm Cable Row', 'cable', false, 'total'],
    ['One Arm Lat Pulldown', 'machine', false, 'total'],
    ['Barbell Bench Press', 'barbell', false, 'total'],
    ['EZ Bar Curl', 'e-z curl bar', false, 'total'],
    ['Band Pull-Apart', 'bands', false, 'total'],
  ])('should count "%s" (%s, bodyweight %s) as %s', (name, equipment, bodyweight, expected) => {
    expect(defaultLoading({ name, equipment, bodyweight })).toBe(expected);
  });
});

describe('loading of the Liftgraph catalog', () => {
  it('should give every exercise one of the four loading kinds', () => {
    for (const e of LIFTGRAPH_CATALOG) expect(KINDS, e.id).toContain(e.loading);
  });

  it.each([
    'dumbbell-bench-press',
    'dumbbell-curl',
    'dumbbell-shoulder-press',
    'incline-dumbbell-bench-press',
    'dumbbell-lateral-raise',
    'farmers-carry',
  ])('should count %s per hand', (id) => expect(loadingOf(id)).toBe('per-hand'));

  it.each([
    'goblet-squat',
    'kettlebell-goblet-squat',
    'one-arm-dumbbell-row',
    'kettlebell-turkish-get-up',
    'dumbbell-side-bend',
    'concentration-curl',
    'dumbbell-pullover',
    'kettlebell-swing',
    'suitcase-carry',
    'dumbbell-overhead-triceps-extension',
    'single-arm-dumbbell-triceps-extension',
    'plate-front-raise',
  ])('should count %s as a single implement', (id) => expect(loadingOf(id)).toBe('single'));

  it.each([
    'barbell-bench-press',
    'barbell-back-squat',
    'barbell-deadlift',
    'barbell-curl',
    'ez-bar-curl',
    'leg-press',
    'machine-chest-press',
    'lat-pulldown',
    'seated-cable-row',
    'single-arm-cable-row',
    'single-arm-lat-pulldown',
    'cable-lateral-raise',
    'single-arm-cable-curl',
    'trap-bar-deadlift',
    'landmine-press',
  ])('should count %s as the total load', (id) => expect(loadingOf(id)).toBe('total'));

  it.each(['pull-up', 'chin-up', 'chest-dip', 'triceps-dip', 'push-up', 'inverted-row', 'assisted-pull-up', 'back-extension'])(
    'should count %s as body weight plus the logged load',
    (id) => expect(loadingOf(id)).toBe('bodyweight-plus'),
  );

  it('should count every body-weight exercise as bodyweight-plus', () => {
    for (const e of LIFTGRAPH_CATALOG.filter((x) => x.bodyweight)) expect(e.loading, e.id).toBe('bodyweight-plus');
  });

  it('should count every barbell, EZ-bar, cable, machine and band exercise that does not move the body as total', () => {
    const fixed: ReadonlySet<Equipment> = new Set<Equipment>(['barbell', 'e-z curl bar', 'cable', 'machine', 'bands']);
    for (const e of LIFTGRAPH_CATALOG.filter((x) => fixed.has(x.equipment) && !x.bodyweight)) expect(e.loading, e.id).toBe('total');
  });

  it('should count dumbbells and kettlebells as per-hand or single only', () => {
    for (const e of LIFTGRAPH_CATALOG.filter((x) => x.equipment === 'dumbbell' || x.equipment === 'kettlebells')) {
      expect(['per-hand', 'single'], e.id).toContain(e.loading);
    }
  });
});

describe('loading of custom and imported exercises', () => {
  it('should derive the loading of a custom exercise from its name', () => {
    expect(customExerciseFor('DB Bench Press Paused').loading).toBe('per-hand');
    expect(customExerciseFor('Single Arm DB Row Kroc Style').loading).toBe('single');
    expect(customExerciseFor('Barbell Zombie Squat').loading).toBe('total');
    expect(customExerciseFor('Bodyweight Shrimp Squat').loading).toBe('bodyweight-plus');
  });

  it('should derive the loading of an imported free-exercise-db record', () => {
    const record = (id: string, name: string, equipment: string): Record<string, unknown> => ({
      id,
      name,
      force: 'push',
      level: 'beginner',
      mechanic: 'compound',
      equipment,
      primaryMuscles: ['chest'],
      secondaryMuscles: [],
      category: 'strength',
    });
    const imported = importFreeExerciseDb([
      record('Dumbbell_Bench_Press', 'Dumbbell Bench Press', 'dumbbell'),
      record('One_Arm_Dumbbell_Bench_Press', 'One Arm Dumbbell Bench Press', 'dumbbell'),
      record('Pushups', 'Pushups', 'body only'),
      record('Barbell_Bench_Press', 'Barbell Bench Press', 'barbell'),
    ]);
    expect(imported.map((e) => e.loading)).toEqual(['per-hand', 'single', 'bodyweight-plus', 'total']);
  });
});
