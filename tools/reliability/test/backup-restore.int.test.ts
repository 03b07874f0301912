import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePopulation } from '@liftgraph/domain';
import { buildProgram } from '@liftgraph/domain/program';
import {
  AthleteRepository,
  dbStats,
  ExerciseRepository,
  type GraphDb,
  importLog,
  migrate,
  ProgramRepository,
  seedCatalog,
} from '@liftgraph/neo4j';
import { backupNeo4j, restoreNeo4j } from '@liftgraph/tools-neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts } from '../src/graph-counts.js';
import { type PrivateNeo4j, startPrivateNeo4j } from '../src/private-neo4j.js';

// Issue 9 item 4: `pnpm neo4j:backup <file>` / `pnpm neo4j:restore <file>` (neo4j-admin database dump/load),
// round-tripped on private instances (they are stopped and overwritten; the shared test Neo4j never is).
const ATHLETES = ['bk-ath-0', 'bk-ath-1', 'bk-ath-2'];
// Each stop/start of a Neo4j takes 10–40 s on a loaded 2-core machine.
const SLOW = 600_000;

/** A few product queries whose answers must survive a backup and restore unchanged. */
async function productAnswers(db: GraphDb): Promise<unknown> {
  const athletes = new AthleteRepository(db);
  const exercises = new ExerciseRepository(db);
  return {
    stats: await dbStats(db),
    sessions: await Promise.all(ATHLETES.map((id) => athletes.sessions(id, { limit: 10 }))),
    weeklyLoad: await athletes.weeklyLoad(ATHLETES[0] ?? ''),
    hardSets: await athletes.weeklyHardSets(ATHLETES[1] ?? ''),
    similar: await exercises.similar('barbell-back-squat', 10),
    transfer: await exercises.transferPaths('barbell-back-squat', 'barbell-deadlift', { maxHops: 3, limit: 5 }),
    program: await new ProgramRepository(db).byId('bk-prog-0'),
  };
}

describe('backup and restore (neo4j-admin database dump/load)', () => {
  let source: PrivateNeo4j;
  let fresh: PrivateNeo4j | undefined;
  let dir: string;
  let file: string;
  let countsBefore: Awaited<ReturnType<typeof graphCounts>>;
  let answersBefore: unknown;
  const logs: string[] = [];
  const log = (m: string): void => void logs.push(m);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liftgraph-backup-'));
    file = join(dir, 'liftgraph.dump');
    source = await startPrivateNeo4j('liftgraph-backup-src-');
    const db = source.db();
    await migrate(db);
    await seedCatalog(db);
    for (const [i, sim] of generatePopulation({ n: 3, weeks: 6, seed: 21 }).entries()) {
      await importLog(db, { athleteId: ATHLETES[i] ?? '', athleteName: `Backup ${i}`, log: sim.log, file: `backup-${i}` });
    }
    await new ProgramRepository(db).save(
      buildProgram({
        programId: 'bk-prog-0',
        athleteId: ATHLETES[0] ?? '',
        goal: 'strength',
        daysPerWeek: 3,
        weeks: [
          {
            days: [
              {
                dayOfWeek: 1,
                label: 'Full body',
                prescriptions: [
                  {
                    exerciseId: 'barbell-back-squat',
                    exerciseName: 'Barbell Back Squat',
                    primaryMuscles: ['quadriceps'],
                    rationale: 'backup test',
                  },
                ],
              },
            ],
          },
        ],
      }),
      { name: 'Backup block', status: 'active', createdAt: '2024-01-01T00:00:00.000Z' },
    );
    await new ProgramRepository(db).assign('bk-prog-0', ATHLETES[0] ?? '');
    countsBefore = await graphCounts(db);
    answersBefore = await productAnswers(db);
  }, SLOW);

  afterAll(async () => {
    await source?.dispose();
    await fresh?.dispose();
    rmSync(dir, { recursive: true, force: true });
  }, SLOW);

  it(
    'should dump a running database (stopping and restarting it) into one file',
    async () => {
      const result = await backupNeo4j(source.cfg, file, log);
      expect(result).toMatchObject({ file, restarted: true });
      expect(statSync(file).size).toBe(result.bytes);
      expect(result.bytes).toBeGreaterThan(10_000);
      expect(logs.join('\n')).toMatch(/Stopping Neo4j: Community Edition can only dump a stopped database/);
      // Running again, data intact.
      expect(await graphCounts(source.db())).toEqual(countsBefore);
      console.info(`backup: ${result.bytes} bytes, ${countsBefore.totalNodes} nodes, ${countsBefore.totalRelationships} relationships`);
    },
    SLOW,
  );

  it(
    'should restore over a changed database: identical counts and answers',
    async () => {
      const db = source.db();
      await db.driver.executeQuery('MATCH (s:Session) WITH s LIMIT 5 DETACH DELETE s', {}, { database: db.database });
      await db.driver.executeQuery('CREATE (:Intruder {id: "x"})', {}, { database: db.database });
      expect(await graphCounts(db)).not.toEqual(countsBefore);

      await expect(restoreNeo4j(source.cfg, file, log)).resolves.toEqual({ restarted: true });
      // A driver that wrote after the dump holds a bookmark the restored database never reaches: reconnect.
      await source.reconnect();
      const after = source.db();
      expect(await graphCounts(after)).toEqual(countsBefore);
      expect(await productAnswers(after)).toEqual(answersBefore);
    },
    SLOW,
  );

  it(
    'should restore into a Neo4j that never held the data (disaster recovery)',
    async () => {
      fresh = await startPrivateNeo4j('liftgraph-backup-dst-');
      expect((await graphCounts(fresh.db())).totalNodes).toBe(0);
      await restoreNeo4j(fresh.cfg, file, log);
      expect(await graphCounts(fresh.db())).toEqual(countsBefore);
      expect(await productAnswers(fresh.db())).toEqual(answersBefore);
    },
    SLOW,
  );

  it(
    'should refuse a missing or corrupt file before touching the database',
    async () => {
      await expect(restoreNeo4j(source.cfg, join(dir, 'nope.dump'), log)).rejects.toThrow(
        /not found\. Fix: give the path of a file made by pnpm neo4j:backup/,
      );
      const corrupt = join(dir, 'corrupt.dump');
      writeFileSync(corrupt, 'this is not a neo4j dump');
      await expect(restoreNeo4j(source.cfg, corrupt, log)).rejects.toThrow(/is not a readable Neo4j dump/);
      expect(await graphCounts(source.db())).toEqual(countsBefore);
      expect(existsSync(file)).toBe(true);
    },
    SLOW,
  );
});
