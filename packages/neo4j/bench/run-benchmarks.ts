// `pnpm --filter @liftgraph/neo4j bench` (or `pnpm bench` at the root): import throughput and export time
// at two sizes each, against the dev Neo4j (NEO4J_URL, default bolt://127.0.0.1:7687; start it with
// `pnpm neo4j:start`). Each run uses its own athlete and deletes it afterwards.
import { cpus, loadavg } from 'node:os';
import { createGraphDb, exportSubgraph, importLog, migrate, seedCatalog, type GraphDb } from '../src/index.js';
import { syntheticLog } from './synthetic-log.js';

const SIZES = [50_000, 100_000];
// `-- --only import` or `-- --only export` runs one half.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const IMPORT_TARGET_ROWS_PER_S = 20_000;
const EXPORT_TARGET_MS = 2_000;

/** CPU time of this (client) process since `since`, in ms: the machine is shared, wall time is not all ours. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return Math.round((c.user + c.system) / 1000);
}

async function cleanup(db: GraphDb, athleteId: string): Promise<void> {
  const opts = { database: db.database };
  await db.driver.executeQuery(
    `MATCH (p:Performance {athleteId: $id}) CALL (p) { OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set) DETACH DELETE st, p } IN TRANSACTIONS OF 2000 ROWS`,
    { id: athleteId }, opts,
  ).catch(async () => {
    await db.driver.executeQuery('MATCH (p:Performance {athleteId: $id}) OPTIONAL MATCH (p)-[:HAS_SET]->(st) DETACH DELETE st, p', { id: athleteId }, opts);
  });
  await db.driver.executeQuery('MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(s) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i) DETACH DELETE s, i, a', { id: athleteId }, opts);
}

const db = createGraphDb({ url: process.env.NEO4J_URL ?? 'bolt://127.0.0.1:7687', user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'liftgraph-dev' });
try {
  await migrate(db);
  await seedCatalog(db);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const size of only === 'export' ? [] : SIZES) {
    // Import: `size` set rows, 4 sets per performance (a typical log's shape).
    const athleteId = `bench-import-${size}-${Date.now().toString(36)}`;
    try {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await importLog(db, { athleteId, log: syntheticLog(size, 4), file: `synthetic-${athleteId}` });
      const ms = performance.now() - t0;
      const rowsPerS = Math.round((r.sets / ms) * 1000);
      console.log(`import  ${r.sets} set rows (${r.performances} performances, ${r.sessions} sessions): ${Math.round(ms)} ms (client cpu ${cpuMs(c0)} ms) = ${rowsPerS} rows/s (target ≥ ${IMPORT_TARGET_ROWS_PER_S}) ${rowsPerS >= IMPORT_TARGET_ROWS_PER_S ? 'OK' : 'BELOW TARGET'}`);
    } finally {
      await cleanup(db, athleteId);
    }
  }
  for (const size of only === 'import' ? [] : SIZES) {
    // Export: `size` performances (one set each, so the graph has exactly `size` nodes).
    const athleteId = `bench-export-${size}-${Date.now().toString(36)}`;
    try {
      await importLog(db, { athleteId, log: syntheticLog(size, 1), file: `synthetic-${athleteId}` });
      await exportSubgraph(db, { athleteIds: [athleteId] }); // warm the query plan cache and the JIT
      for (const baselines of ['persistence', 'all'] as const) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const g = await exportSubgraph(db, { athleteIds: [athleteId], baselines });
        const ms = performance.now() - t0;
        const edges = g.graph.adjacency.colIdx.length;
        console.log(`export  ${g.graph.numNodes} performances, ${edges} edges, baselines ${baselines}: ${Math.round(ms)} ms (client cpu ${cpuMs(c0)} ms) (target ≤ ${EXPORT_TARGET_MS}) ${ms <= EXPORT_TARGET_MS ? 'OK' : 'ABOVE TARGET'}`);
      }
    } finally {
      await cleanup(db, athleteId);
    }
  }
  console.log('command: pnpm --filter @liftgraph/neo4j bench');
} finally {
  await db.close();
}
