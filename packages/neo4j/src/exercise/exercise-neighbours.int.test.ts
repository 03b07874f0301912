import { TRANSFERS_TO } from '@liftgraph/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { migrate } from '../migrate/migrate.js';
import { testGraphDb } from '../testing/test-graph-db.js';
import { ExerciseRepository } from './exercise.repository.js';

const db = testGraphDb();
const exercises = new ExerciseRepository(db);

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
});
afterAll(() => db.close());

describe('ExerciseRepository.neighbours', () => {
  it('should return TRANSFERS_TO edges in both directions as the catalog defines them', async () => {
    // An exercise that both receives and gives carry-over in the expert catalog.
    const id = TRANSFERS_TO.map((t) => t.from).find((from) => TRANSFERS_TO.some((t) => t.to === from));
    if (id === undefined) throw new Error('the catalog has no exercise with transfers in both directions');
    const found = await exercises.neighbours(id, 50);
    const transfers = found.filter((n) => n.kind === 'TRANSFERS_TO');
    const ids = (direction: 'in' | 'out') =>
      transfers
        .filter((n) => n.direction === direction)
        .map((n) => n.exercise.id)
        .sort();
    expect(ids('out')).toEqual(
      TRANSFERS_TO.filter((t) => t.from === id)
        .map((t) => t.to)
        .sort(),
    );
    expect(ids('in')).toEqual(
      TRANSFERS_TO.filter((t) => t.to === id)
        .map((t) => t.from)
        .sort(),
    );
    for (const n of transfers) expect(n.weight).toBeGreaterThan(0);
  });

  it('should rank SIMILAR_TO neighbours by score, list each pair once and cap each kind and direction at limit', async () => {
    const all = await exercises.neighbours('barbell-back-squat', 50);
    const similar = all.filter((n) => n.kind === 'SIMILAR_TO');
    expect(similar.length).toBeGreaterThan(0);
    expect(new Set(similar.map((n) => n.exercise.id)).size).toBe(similar.length);
    const out = similar.filter((n) => n.direction === 'out').map((n) => n.weight);
    expect(out).toEqual([...out].sort((a, b) => b - a));
    const capped = await exercises.neighbours('barbell-back-squat', 2);
    for (const kind of ['TRANSFERS_TO', 'SIMILAR_TO']) {
      for (const direction of ['in', 'out'])
        expect(capped.filter((n) => n.kind === kind && n.direction === direction).length).toBeLessThanOrEqual(2);
    }
    expect(await exercises.neighbours('no-such-exercise', 5)).toEqual([]);
  });
});
