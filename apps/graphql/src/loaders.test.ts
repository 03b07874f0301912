import { describe, expect, it } from 'vitest';
import { createLoaders } from './loaders.js';
import { countingRepositories, type Repositories } from './repositories.js';

// Fake repositories: each batch method answers any number of keys in one call.
const fakeRepos = {
  roster: {
    athletesByIds: async (ids: readonly string[]) =>
      ids.map((id) => ({ id, name: id, sex: null, birthYear: null, bodyweightKg: null, coachId: 'c', timeZone: 'UTC', unit: 'kg' })),
    statusInputs: async () => [],
    programIdsByAthleteIds: async () => new Map(),
    programsByIds: async () => [],
  },
  exerciseBatch: { byIds: async () => [], targetsByExerciseIds: async () => [], exerciseIdsByMuscleIds: async () => new Map() },
  users: {},
  exercises: {},
  athletes: {},
  history: {},
  programs: {},
  models: {},
  db: {},
} as unknown as Repositories;

describe('createLoaders', () => {
  it('should answer N athletes with one batch call per relation (N+1 guard)', async () => {
    const counts: Record<string, number> = {};
    const loaders = createLoaders(countingRepositories(fakeRepos, counts), () => '2025-03-31');
    const ids = Array.from({ length: 25 }, (_, i) => `a${i}`);
    await Promise.all(
      ids.flatMap((id) => [loaders.athleteById.load(id), loaders.statusByAthleteId.load(id), loaders.programIdsByAthleteId.load(id)]),
    );
    expect(counts).toEqual({
      'roster.athletesByIds': 1,
      'roster.statusInputs': 1,
      'roster.programIdsByAthleteIds': 1,
    });
  });
});
