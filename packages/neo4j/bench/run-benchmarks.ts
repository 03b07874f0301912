// `pnpm --filter @liftgraph/neo4j bench` (or `pnpm bench` at the root): import throughput and export time
// at two sizes each, against the dev Neo4j (NEO4J_URL, default bolt://127.0.0.1:7687; start it with
// `pnpm neo4j:start`). Each run uses its own athlete and deletes it afterwards.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import neo4j from 'neo4j-driver';
import { createGraphDb, exportSubgraph, type GraphDb, importLog, migrate, neo4jEnv, seedCatalog } from '../src/index.js';
import { syntheticLog } from './synthetic-log.js';

const SIZES = [50_000, 100_000];
// `-- --only import` or `-- --only export` runs one half; `-- --batch N` sets the import batch size.
const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const only = arg('--only');
const batchSize = arg('--batch') === undefined ? undefined : Number(arg('--batch'));
// `-- --stage-above 0` stages every import (small transactions, `--concurrency N` at once, then one
// publishing transaction) instead of one transaction.
const stageAbove = arg('--stage-above') === undefined ? undefined : Number(arg('--stage-above'));
const concurrency = arg('--concurrency') === undefined ? undefined : Number(arg('--concurrency'));
const IMPORT_TARGET_ROWS_PER_S = 20_000;
const EXPORT_TARGET_MS = 2_000;

/**
 * CPU ms used so far by the local dev Neo4j (`.neo4j/run/neo4j.pid`), or null when it is not this
 * machine's: beside wall time it tells how much of a slow figure was the server's own work.
 */
function serverCpuMs(): number | null {
  try {
    const pid = readFileSync(new URL('../../../.neo4j/run/neo4j.pid', import.meta.url), 'utf8').trim();
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}
const serverSince = (s0: number | null): string => {
  const s1 = serverCpuMs();
  return s0 === null || s1 === null ? '' : `, server cpu ${Math.round(s1 - s0)} ms`;
};

/** CPU time of this (client) process since `since`, in ms: the machine is shared, wall time is not all ours. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return Math.round((c.user + c.system) / 1000);
}

async function cleanup(db: GraphDb, athleteId: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run).
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(
      'MATCH (p:Performance {athleteId: $id}) CALL (p) { OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set) DETACH DELETE st, p } IN TRANSACTIONS OF 2000 ROWS',
      { id: athleteId },
    );
    await session.run(
      'MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (a)-[:LOGGED]->(s) OPTIONAL MATCH (a)-[:HAS_IMPORT]->(i) DETACH DELETE s, i, a',
      { id: athleteId },
    );
  } finally {
    await session.close();
  }
}

const db = createGraphDb(neo4jEnv());
try {
  await migrate(db);
  await seedCatalog(db);
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const size of only === 'export' ? [] : SIZES) {
    // Import: `size` set rows, 4 sets per performance (a typical log's shape).
    const athleteId = `bench-import-${size}-${Date.now().toString(36)}`;
    try {
      const log = syntheticLog(size, 4);
      const c0 = process.cpuUsage();
      const s0 = serverCpuMs();
      const t0 = performance.now();
      const r = await importLog(db, { athleteId, log, file: `synthetic-${athleteId}` }, { batchSize, stageAbove, concurrency });
      const ms = performance.now() - t0;
      const rowsPerS = Math.round((r.sets / ms) * 1000);
      console.log(
        `import  ${r.sets} set rows (${r.performances} performances, ${r.sessions} sessions): ${Math.round(ms)} ms (client cpu ${cpuMs(c0)} ms${serverSince(s0)}) = ${rowsPerS} rows/s (target ≥ ${IMPORT_TARGET_ROWS_PER_S}) ${rowsPerS >= IMPORT_TARGET_ROWS_PER_S ? 'OK' : 'BELOW TARGET'}`,
      );
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
        const s0 = serverCpuMs();
        const t0 = performance.now();
        const g = await exportSubgraph(db, { athleteIds: [athleteId], baselines });
        const ms = performance.now() - t0;
        const edges = g.graph.adjacency.colIdx.length;
        console.log(
          `export  ${g.graph.numNodes} performances, ${edges} edges, baselines ${baselines}: ${Math.round(ms)} ms (client cpu ${cpuMs(c0)} ms${serverSince(s0)}) (target ≤ ${EXPORT_TARGET_MS}) ${ms <= EXPORT_TARGET_MS ? 'OK' : 'ABOVE TARGET'}`,
        );
      }
    } finally {
      await cleanup(db, athleteId);
    }
  }
  console.log(
    `command: pnpm --filter @liftgraph/neo4j bench${
      process.argv
        .slice(2)
        .filter((a) => a !== '--')
        .map((a) => ` ${a}`)
        .join('') === ''
        ? ''
        : ` --${process.argv
            .slice(2)
            .filter((a) => a !== '--')
            .map((a) => ` ${a}`)
            .join('')}`
    }`,
  );
} finally {
  await db.close();
}
