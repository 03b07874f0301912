import { buildProgram, type Program } from '@liftgraph/domain/program';
import { type GraphDb, importLog, migrate, ProgramRepository, seedCatalog } from '@liftgraph/neo4j';
import { readPid } from '@liftgraph/tools-neo4j';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphCounts, graphCounts } from '../src/graph-counts.js';
import { type PrivateNeo4j, startPrivateNeo4j } from '../src/private-neo4j.js';
import { setCount, syntheticLog } from '../src/synthetic-log.js';

// Issue 9 item 1: SIGKILL the Neo4j Java process in the middle of a large import and of a program
// write (a private instance: the shared test database is never killed), restart it, retry; then
// nothing is duplicated or partial and the counts equal those of a clean run.
const SLOW = 900_000;
const SETS = Number(process.env.CRASH_IMPORT_SETS ?? 20_000);

let neo: PrivateNeo4j;
const opened: Driver[] = [];

/**
 * A GraphDb on the private instance with a short driver retry window (the default 30 s would just
 * wait for a server we keep down) whose write transactions call `onRun(n)` before their n-th statement.
 */
function crashableDb(onRun: (n: number) => void = () => undefined): GraphDb {
  const driver = neo4j.driver(neo.url, neo4j.auth.basic(neo.cfg.user, neo.cfg.password), {
    maxTransactionRetryTime: 1_000,
    maxConnectionPoolSize: 4,
  });
  opened.push(driver);
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction => {
    let n = 0;
    return new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
        return (...args: Parameters<ManagedTransaction['run']>) => {
          onRun(++n);
          return target.run(...args);
        };
      },
    });
  };
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop !== 'executeWrite') return Reflect.get(target, prop, receiver) as unknown;
        return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: Parameters<Session['executeWrite']>[1]) =>
          target.executeWrite((tx) => work(wrapTx(tx)), config);
      },
    });
  const proxied = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver) as unknown;
      return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
    },
  });
  return { driver: proxied, database: 'neo4j', close: () => driver.close() };
}

/** Sends SIGKILL to the Neo4j Java process right now (synchronously), once. */
function killOnce(): { kill: () => void; pid: () => number | null } {
  let killed: number | null = null;
  return {
    kill: () => {
      if (killed !== null) return;
      const pid = readPid(neo.cfg);
      if (pid === null) throw new Error('private Neo4j has no pid');
      process.kill(pid, 'SIGKILL');
      killed = pid;
    },
    pid: () => killed,
  };
}

const delta = (after: GraphCounts, before: GraphCounts): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const k of new Set([...Object.keys(after.nodes), ...Object.keys(before.nodes)])) {
    const d = (after.nodes[k] ?? 0) - (before.nodes[k] ?? 0);
    if (d !== 0) out[`:${k}`] = d;
  }
  for (const k of new Set([...Object.keys(after.relationships), ...Object.keys(before.relationships)])) {
    const d = (after.relationships[k] ?? 0) - (before.relationships[k] ?? 0);
    if (d !== 0) out[`[:${k}]`] = d;
  }
  return out;
};

/** What readers see: the product's labels and relationship types (a big import stages under other labels). */
const VISIBLE_LABELS = ['Athlete', 'Session', 'Performance', 'Import', 'Program', 'ProgramDay', 'Prescription', 'Exercise'];
const VISIBLE_TYPES = ['LOGGED', 'INCLUDES', 'OF', 'NEXT', 'THEN', 'HAS_IMPORT', 'IMPORTED', 'FOR', 'HAS_DAY', 'PRESCRIBES'];
const visible = (c: GraphCounts): Record<string, number> => ({
  ...Object.fromEntries(VISIBLE_LABELS.map((l) => [`:${l}`, c.nodes[l] ?? 0])),
  // INCLUDES, THEN and NEXT also link staged nodes to each other: counted between visible nodes only (`visibleLinks`).
  ...Object.fromEntries(VISIBLE_TYPES.filter((t) => !BETWEEN_STAGED.includes(t)).map((t) => [`[:${t}]`, c.relationships[t] ?? 0])),
});
const BETWEEN_STAGED = ['INCLUDES', 'THEN', 'NEXT'];

/** INCLUDES/THEN/NEXT a reader can reach: between Session/Performance nodes (not their staged twins). */
async function visibleLinks(db: GraphDb): Promise<Record<string, number>> {
  const q = async (cypher: string): Promise<number> =>
    Number((await db.driver.executeQuery(cypher, {}, { database: db.database })).records[0]?.get('n') ?? 0);
  return {
    INCLUDES: await q('MATCH (:Session)-[r:INCLUDES]->(:Performance) RETURN count(r) AS n'),
    THEN: await q('MATCH (:Performance)-[r:THEN]->(:Performance) RETURN count(r) AS n'),
    NEXT: await q('MATCH (:Performance)-[r:NEXT]->(:Performance) RETURN count(r) AS n'),
  };
}

async function restart(): Promise<void> {
  await neo.reconnect();
  await neo.start();
}

async function duplicates(db: GraphDb): Promise<number[]> {
  const q = async (cypher: string): Promise<number> =>
    Number((await db.driver.executeQuery(cypher, {}, { database: db.database })).records[0]?.get('n') ?? 0);
  return [
    await q('MATCH (s:Session) WITH s.athleteId AS a, s.startedAt AS t, count(*) AS c WHERE c > 1 RETURN count(*) AS n'),
    await q('MATCH (p:Performance) WITH p.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n'),
    await q('MATCH (p:Program) WITH p.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n'),
    // Partial trees: a session without performances, a performance without sets, a day without prescriptions.
    await q('MATCH (s:Session) WHERE NOT (s)-[:INCLUDES]->() RETURN count(s) AS n'),
    await q('MATCH (p:Performance) WHERE NOT (p)-[:HAS_SET]->() RETURN count(p) AS n'),
    await q('MATCH (d:ProgramDay) WHERE NOT (d)-[:PRESCRIBES]->() RETURN count(d) AS n'),
  ];
}

beforeAll(async () => {
  neo = await startPrivateNeo4j('liftgraph-crash-');
  await migrate(neo.db());
  await seedCatalog(neo.db());
}, SLOW);

afterAll(async () => {
  for (const d of opened) await d.close().catch(() => undefined);
  await neo?.dispose();
}, SLOW);

describe('Neo4j killed (SIGKILL) in the middle of writes, restarted, retried', () => {
  // Logs above `stageAbove` sets are staged in small transactions and published in one (packages/neo4j); run both paths.
  it.each([
    ['one transaction', { stageAbove: Number.POSITIVE_INFINITY }],
    ['staged', { stageAbove: 0 }],
  ])(
    `should leave no visible trace of an import killed midway (%s), and the retry should equal a clean run (${SETS} sets)`,
    async (path, staging) => {
      const log = syntheticLog(SETS);
      const sets = setCount(log);
      expect(sets).toBeGreaterThanOrEqual(SETS);
      const base = await graphCounts(neo.db());
      const baseLinks = await visibleLinks(neo.db());

      const crash = killOnce();
      const db = crashableDb();
      const killAtFourthBatch = (stage: string, index: number): void => {
        if (stage === 'performances' && index === 3) crash.kill();
      };
      const athlete = `crash-${path.replace(' ', '-')}`;
      const failed = await importLog(
        db,
        { athleteId: athlete, log, file: `crash-file-${athlete}` },
        { batchSize: 2_000, onBatch: killAtFourthBatch, ...staging },
      ).then(
        () => null,
        (e: unknown) => e,
      );
      expect(crash.pid(), 'the import never reached the kill point').not.toBeNull();
      expect(failed).toMatchObject({ name: 'Neo4jStoreError', code: 'UNAVAILABLE' });

      await restart();
      const afterCrash = await graphCounts(neo.db());
      expect(visible(afterCrash), 'the killed import left visible data behind').toEqual(visible(base));
      expect(await visibleLinks(neo.db()), 'the killed import left visible INCLUDES/THEN/NEXT behind').toEqual(baseLinks);
      const staged = delta(afterCrash, base);

      const retried = await importLog(
        neo.db(),
        { athleteId: athlete, log, file: `crash-file-${athlete}` },
        { batchSize: 2_000, ...staging },
      );
      const afterRetry = await graphCounts(neo.db());
      const clean = await importLog(
        neo.db(),
        { athleteId: `clean-${athlete}`, log, file: `clean-file-${athlete}` },
        { batchSize: 2_000, ...staging },
      );
      const afterClean = await graphCounts(neo.db());

      expect(retried.sets).toBe(sets);
      expect({ ...retried, athleteId: '', importId: '', fileSha256: '' }).toEqual({
        ...clean,
        athleteId: '',
        importId: '',
        fileSha256: '',
      });
      expect(delta(afterRetry, base)).toEqual(delta(afterClean, afterRetry));
      expect(await duplicates(neo.db())).toEqual([0, 0, 0, 0, 0, 0]);
      console.info(
        `import crash (${path}): ${sets} sets, killed pid ${crash.pid()} at performance batch 4; invisible staging left by the crash: ${JSON.stringify(staged)}; after restart + retry (= clean run): ${JSON.stringify(delta(afterRetry, base))}`,
      );
    },
    SLOW,
  );

  it(
    'should leave no partial program when Neo4j dies between its statements; the retry equals a clean save',
    async () => {
      const program = (programId: string): Program =>
        buildProgram({
          programId,
          athleteId: 'crash-program-athlete',
          goal: 'strength',
          weeks: Array.from({ length: 6 }, (_, w) => ({
            deload: w === 5,
            days: Array.from({ length: 6 }, (_, d) => ({
              dayOfWeek: d + 1,
              label: `W${w + 1}D${d + 1}`,
              prescriptions: ['barbell-back-squat', 'barbell-deadlift', 'barbell-bench-press'].map((exerciseId, k) => ({
                exerciseId,
                primaryMuscles: ['quadriceps' as const],
                sets: 3 + k,
                rationale: 'crash test',
              })),
            })),
          })),
        });
      const opts = { name: 'Crash block', createdAt: '2024-01-01T00:00:00.000Z' };
      await neo.db().driver.executeQuery("MERGE (:Athlete {id: 'crash-program-athlete', name: 'Program crash'})");
      const base = await graphCounts(neo.db());
      const crash = killOnce();
      // save(): athlete check, exercise check, UPSERT_PROGRAM, DELETE_PROGRAM_DAYS, CREATE_PROGRAM_DAYS, RELINK_FULFILMENTS, LINK_ATHLETE.
      // Die right before the days are created: the Program node is already written in the open transaction.
      const db = crashableDb((n) => {
        if (n === 5) crash.kill();
      });
      const failed = await new ProgramRepository(db).save(program('crash-prog'), opts).then(
        () => null,
        (e: unknown) => e,
      );
      expect(crash.pid()).not.toBeNull();
      expect(failed).toMatchObject({ name: 'Neo4jStoreError', code: 'UNAVAILABLE' });

      await restart();
      expect(await graphCounts(neo.db()), 'the killed program write left something behind').toEqual(base);

      await new ProgramRepository(neo.db()).save(program('crash-prog'), opts);
      const afterRetry = await graphCounts(neo.db());
      await new ProgramRepository(neo.db()).save(program('clean-prog'), opts);
      const afterClean = await graphCounts(neo.db());
      expect(delta(afterRetry, base)).toEqual(delta(afterClean, afterRetry));
      expect(delta(afterRetry, base)).toMatchObject({ ':Program': 1, ':ProgramDay': 36, ':Prescription': 108 });
      const stored = await new ProgramRepository(neo.db()).byId('crash-prog');
      expect(stored?.weeks.flatMap((w) => w.days)).toHaveLength(36);
      expect(await duplicates(neo.db())).toEqual([0, 0, 0, 0, 0, 0]);
      // A second retry (the client did not see the first one succeed) changes nothing.
      await new ProgramRepository(neo.db()).save(program('crash-prog'), opts);
      expect(await graphCounts(neo.db())).toEqual(afterClean);
    },
    SLOW,
  );
});
