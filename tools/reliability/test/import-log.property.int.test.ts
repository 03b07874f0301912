import { generatePopulation, importWorkoutLog, summarizeLog, type WorkoutLog } from '@liftgraph/domain';
import { type GraphDb, importLog, migrate, seedCatalog } from '@liftgraph/neo4j';
import { uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzCase } from '../src/csv-fuzz.js';
import { type PrivateNeo4j, startPrivateNeo4j } from '../src/private-neo4j.js';

// Issue 9 item 2: importLog into the real Neo4j under generated logs (from the CSV fuzzer when they
// parse, and simulated logs with awkward edits) and injected failures at any batch, in both the
// one-transaction and the staged path. Property: all or nothing — a failed import leaves no trace of
// the athlete (nor staging), a successful one stores exactly the log's sessions and sets, and a
// second import of the same file changes nothing. On a private Neo4j: hundreds of imports should not
// share a server that other test runs may stop.
const RUNS = Number(process.env.IMPORT_PROPERTY_RUNS ?? 200);
// A fixed default seed keeps the coverage counts below reproducible (two CI runs drew 9 and 10 injected
// failures of 200 with a random seed); IMPORT_PROPERTY_SEED=random explores new cases.
const SEED = process.env.IMPORT_PROPERTY_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.IMPORT_PROPERTY_SEED ?? 20_261_207);
let neo: PrivateNeo4j;
let db: GraphDb;
const prefix = uniqueLabel('importprop');

const SIM = generatePopulation({ n: 2, weeks: 3, seed: 17 }).map((a) => a.log);

/** Simulated logs with edits real files have: odd names (custom exercises), notes, bodyweight and zero sets, duplicated sessions. */
const simulatedLog: fc.Arbitrary<WorkoutLog> = fc
  .record({
    base: fc.constantFrom(...SIM),
    keep: fc.integer({ min: 0, max: 12 }),
    rename: fc.option(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '')),
    notes: fc.option(fc.string({ maxLength: 2_000 })),
    zero: fc.boolean(),
    duplicate: fc.constantFrom(false, false, false, true),
  })
  .map(({ base, keep, rename, notes, zero, duplicate }) => {
    let sessions = base.sessions.slice(0, keep);
    sessions = sessions.map((s, i) => ({
      ...s,
      notes: notes ?? s.notes,
      performances: s.performances.map((p, j) => ({
        ...p,
        exerciseName: rename !== null && (i + j) % 3 === 0 ? rename : p.exerciseName,
        sets: p.sets.map((set) => (zero && set.index === 0 ? { ...set, weightKg: null, reps: 0 } : set)),
      })),
    }));
    if (duplicate && sessions[0] !== undefined) sessions = [sessions[0], ...sessions];
    return { ...base, sessions };
  });

/** A parsed CSV from the fuzzer when it parses (most do not; those runs test nothing here and are counted). */
const parsedCsvLog: fc.Arbitrary<Promise<WorkoutLog | null>> = fuzzCase.map((fc_) => importWorkoutLog(fc_.input).catch(() => null));

async function footprint(athleteId: string): Promise<number[]> {
  const { records } = await db.driver.executeQuery(
    `CALL () { MATCH (a:Athlete {id: $athleteId}) RETURN count(a) AS athletes }
     CALL () { MATCH (s:Session {athleteId: $athleteId}) RETURN count(s) AS sessions }
     CALL () { MATCH (p:Performance {athleteId: $athleteId}) RETURN count(p) AS performances }
     CALL () { MATCH (:Performance {athleteId: $athleteId})-[:HAS_SET]->(x) RETURN count(x) AS sets }
     CALL () { MATCH (i:Import {athleteId: $athleteId}) RETURN count(i) AS imports }
     CALL () { MATCH (n) WHERE (n:StagedSession OR n:StagedPerformance) AND n.athleteId = $athleteId RETURN count(n) AS staged }
     RETURN athletes, sessions, performances, sets, imports, staged`,
    { athleteId },
    { database: db.database },
  );
  const r = records[0];
  return ['athletes', 'sessions', 'performances', 'sets', 'imports', 'staged'].map((k) => Number(r?.get(k) ?? 0));
}

beforeAll(async () => {
  neo = await startPrivateNeo4j('liftgraph-import-property-');
  db = neo.db();
  await migrate(db);
  await seedCatalog(db);
}, 300_000);

afterAll(async () => {
  await neo?.dispose();
}, 300_000);

describe('importLog into the real Neo4j (fast-check)', () => {
  it(`should be all or nothing over ${RUNS} generated logs with injected failures`, async () => {
    const tally = { runs: 0, imported: 0, failedClean: 0, refusedDuplicateKey: 0, unparsedCsv: 0, staged: 0, sets: 0 };
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 3, arbitrary: simulatedLog.map((l) => Promise.resolve<WorkoutLog | null>(l)) },
          { weight: 1, arbitrary: parsedCsvLog },
        ),
        fc.option(
          fc.tuple(
            fc.constantFrom('performances', 'next', 'publish', 'links'),
            // Mostly the first batch, which every non-empty log reaches; later batches only long logs do.
            fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 3 }) }),
          ),
          { freq: 2 },
        ),
        fc.boolean(),
        async (logPromise, failAt, staged) => {
          tally.runs += 1;
          const log = await logPromise;
          if (log === null) {
            tally.unparsedCsv += 1;
            return;
          }
          const athleteId = `${prefix}-${n++}`;
          const opts = {
            batchSize: 40,
            ...(staged ? { stageAbove: 0 } : {}),
            onBatch: (stage: string, index: number) => {
              if (failAt !== null && stage === failAt[0] && index === failAt[1]) throw new Error('injected failure');
            },
          };
          const summary = summarizeLog(log);
          const result = await importLog(db, { athleteId, log, file: `${athleteId}-file` }, opts).then(
            (r) => r,
            (e: unknown) => e as Error,
          );
          if (result instanceof Error) {
            const duplicateKeys = new Set(log.sessions.map((x) => x.key)).size < log.sessions.length;
            if (!/injected failure/.test(result.message)) {
              // Two sessions with one key (no importer produces that; the simulator or an API caller could):
              // refused before anything is written, naming the key and the fix.
              expect(duplicateKeys, result.message).toBe(true);
              expect(result).toMatchObject({ name: 'Neo4jStoreError', code: 'INVALID_ARGUMENT' });
              expect(result.message).toMatch(/two sessions with the key ".*give each its own start time/);
              tally.refusedDuplicateKey += 1;
            } else {
              tally.failedClean += 1;
            }
            expect(await footprint(athleteId), `failed import of ${summary.sessions} sessions left something`).toEqual([0, 0, 0, 0, 0, 0]);
            return;
          }
          expect(result.sessions).toBe(summary.sessions);
          expect(result.sets).toBe(summary.sets);
          const stored = await footprint(athleteId);
          expect(stored).toEqual([1, summary.sessions, result.performances, summary.sets, 1, 0]);
          const again = await importLog(db, { athleteId, log, file: `${athleteId}-file` }, { batchSize: 40 });
          expect(again).toEqual(result);
          expect(await footprint(athleteId)).toEqual(stored);
          tally.imported += 1;
          tally.sets += summary.sets;
          if (staged) tally.staged += 1;
        },
      ),
      { numRuns: RUNS, seed: SEED, verbose: 0 },
    );
    console.info(
      `importLog property: ${JSON.stringify(tally)}\n  (IMPORT_PROPERTY_RUNS=${RUNS} IMPORT_PROPERTY_SEED=${SEED} pnpm exec vitest run --project integration tools/reliability/test/import-log.property.int.test.ts)`,
    );
    expect(tally.runs).toBe(RUNS);
    expect(tally.imported).toBeGreaterThan(RUNS / 10);
    // At least 5 % of the runs must have exercised the injected-failure path.
    expect(tally.failedClean).toBeGreaterThanOrEqual(RUNS / 20);
  }, 1_800_000);
});
