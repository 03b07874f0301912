// Where an export's time goes (not a test): imports a synthetic athlete of `--size` performances into the
// dev Neo4j (or reuses `--athlete <id>`), then times the export's phases — the query with the driver's
// decoding, the mapping to domain logs, buildLearningGraph — and CPU-profiles whole exports through the
// inspector (top self-time functions, GC share, .cpuprofile written). Deletes the athlete unless `--keep`.
// `pnpm --filter @liftgraph/neo4j exec tsx --conditions=@liftgraph/source bench/export-profile.ts [--size 100000] [--baselines all] [--runs 3] [--athlete id] [--keep] [--chunk 200] [--no-profile]`
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { buildLearningGraph, LIFTGRAPH_CATALOG, timelineCutoff } from '@liftgraph/domain';
import neo4j from 'neo4j-driver';
import { createGraphDb, exportSubgraph, importLog, migrate, neo4jEnv, seedCatalog } from '../src/index.js';
import { storedIdResolver, toAthleteLogs } from '../src/export/athlete-logs.mapper.js';
import { EXPORT_SESSIONS } from '../src/export/export-subgraph.cypher.js';
import { readTx } from '../src/tx.js';
import { syntheticLog } from './synthetic-log.js';

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const size = Number(arg('--size') ?? 100_000);
const baselines = arg('--baselines') === 'persistence' ? 'persistence' : 'all';
const runs = Number(arg('--runs') ?? 3);
const keep = process.argv.includes('--keep');
// Sessions per record in the phase timings (the export itself uses its EXPORT_CHUNK).
const chunk = Number(arg('--chunk') ?? 200);
const out = `/tmp/export-${size}-${baselines}.cpuprofile`;

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

const db = createGraphDb(neo4jEnv());
const athleteId = arg('--athlete') ?? `bench-export-profile-${size}-${Date.now().toString(36)}`;
try {
  if (arg('--athlete') === undefined) {
    await migrate(db);
    await seedCatalog(db);
    await importLog(db, { athleteId, log: syntheticLog(size, 1), file: `synthetic-${athleteId}` });
    console.log(`imported ${athleteId}`);
  }
  await exportSubgraph(db, { athleteIds: [athleteId], baselines }); // warm-up: plan cache, JIT
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const records = await readTx(
      db,
      'export.subgraph',
      async (tx) => (await tx.run(EXPORT_SESSIONS, { athleteIds: [athleteId], to: null, chunk: neo4j.int(chunk) })).records,
    );
    const t1 = performance.now();
    const { logs, exerciseIds } = toAthleteLogs(records);
    const t2 = performance.now();
    const cutoffDate = timelineCutoff(logs.flatMap((l) => l.sessions.map((s) => s.date)));
    const g = buildLearningGraph(logs, storedIdResolver(exerciseIds, LIFTGRAPH_CATALOG), { cutoffDate, baselines });
    const t3 = performance.now();
    console.log(
      `phases (${g.numNodes} nodes, baselines ${baselines}): query+decode ${Math.round(t1 - t0)} ms, map ${Math.round(t2 - t1)} ms, buildLearningGraph ${Math.round(t3 - t2)} ms; load ${loadavg()[0]?.toFixed(1)}`,
    );
  }
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await exportSubgraph(db, { athleteIds: [athleteId], baselines });
    const c = process.cpuUsage(c0);
    console.log(
      `exportSubgraph ${Math.round(performance.now() - t0)} ms (client cpu ${Math.round((c.user + c.system) / 1000)} ms); load ${loadavg()[0]?.toFixed(1)}`,
    );
  }
  if (!process.argv.includes('--no-profile')) {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    for (let r = 0; r < runs; r++) await exportSubgraph(db, { athleteIds: [athleteId], baselines });
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync(out, JSON.stringify(profile));
    const self = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes as ProfileNode[]) {
      const hits = node.hitCount ?? 0;
      total += hits;
      const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').slice(-2).join('/')}`;
      self.set(key, (self.get(key) ?? 0) + hits);
    }
    console.log(`${runs} × exportSubgraph(${size}, baselines ${baselines}); profile ${out}; self time share:`);
    for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
} finally {
  if (!keep && arg('--athlete') === undefined) {
    const s = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await s.run(
        'MATCH (p:Performance {athleteId: $id}) CALL (p) { OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set) DETACH DELETE st, p } IN TRANSACTIONS OF 2000 ROWS',
        { id: athleteId },
      );
      await s.run(
        'MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(s) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i) DETACH DELETE s, i, a',
        { id: athleteId },
      );
    } finally {
      await s.close();
    }
  } else console.log(`kept athlete ${athleteId}`);
  await db.close();
}
console.log(
  `command: pnpm --filter @liftgraph/neo4j exec tsx --conditions=@liftgraph/source bench/export-profile.ts${process.argv
    .slice(2)
    .map((a) => ` ${a}`)
    .join('')}`,
);
