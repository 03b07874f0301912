import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIDENT_MATCH, type ExerciseMatcher, createExerciseMatcher } from './exercise-matcher.js';
import { importFreeExerciseDb } from './free-exercise-db-import.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
import { mergeCatalog } from './merge-catalog.js';
import { REAL_LOGS, exerciseNameCounts, requireSharedData, sharedDataDir } from './testing/real-data.js';

const DATA = sharedDataDir(import.meta.url);
const available = requireSharedData(
  existsSync(`${DATA}/real-logs`) && existsSync(`${DATA}/exercises/free-exercise-db.json`),
  'the exercise-matcher real-log tests',
  `${DATA}/real-logs or ${DATA}/exercises/free-exercise-db.json`,
  process.env,
);

/** Hand-checked: names in each log that are not a common gym exercise we can name confidently. */
const EXPECTED_UNMAPPED: Record<string, string[]> = {
  'strong-dstanek.csv': ['Double raise', 'I-Ts', 'Reverse Grip Extensions'],
  'strong-dericmei-zh.csv': [],
  'hevy-feliperuizm.csv': [],
  'hevy-smdesai27.csv': [],
  'fitnotes-moferg.csv': [],
};

function rates(matcher: ExerciseMatcher, counts: Map<string, number>) {
  let sets = 0;
  let mappedSets = 0;
  const unmapped: string[] = [];
  const ids = new Map<string, string>();
  for (const [name, n] of counts) {
    const m = matcher.match(name);
    sets += n;
    if (m.exerciseId !== null && m.confidence >= CONFIDENT_MATCH) {
      mappedSets += n;
      ids.set(name, m.exerciseId);
    } else unmapped.push(name);
  }
  return { sets, mappedSets, unmapped: unmapped.sort(), ids, names: counts.size };
}

describe.skipIf(!available)('createExerciseMatcher on the real logs', () => {
  const own = createExerciseMatcher(LIFTGRAPH_CATALOG);
  const merged = available
    ? createExerciseMatcher(
        mergeCatalog(LIFTGRAPH_CATALOG, importFreeExerciseDb(JSON.parse(readFileSync(`${DATA}/exercises/free-exercise-db.json`, 'utf8'))))
          .catalog,
      )
    : own;

  it.each(REAL_LOGS.map((l) => [l.file, l] as const))('should map ≥ 90 %% of the sets of %s with confidence', (file, log) => {
    const counts = exerciseNameCounts(readFileSync(`${DATA}/real-logs/${file}`, 'utf8'), log.delimiter, log.column);
    const r = rates(own, counts);
    console.log(
      `${file}: names ${r.names - r.unmapped.length}/${r.names}, sets ${r.mappedSets}/${r.sets} (${((100 * r.mappedSets) / r.sets).toFixed(1)} %)`,
    );
    expect(r.unmapped).toEqual(EXPECTED_UNMAPPED[file]);
    expect(r.mappedSets / r.sets).toBeGreaterThanOrEqual(0.9);
  });

  it.each(REAL_LOGS.map((l) => [l.file, l] as const))(
    'should keep every confident mapping of %s when free-exercise-db is merged in',
    (file, log) => {
      const counts = exerciseNameCounts(readFileSync(`${DATA}/real-logs/${file}`, 'utf8'), log.delimiter, log.column);
      const before = rates(own, counts);
      const after = rates(merged, counts);
      for (const [name, id] of before.ids) expect(after.ids.get(name), name).toBe(id);
    },
  );
});
