import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphDb, type GraphDb } from '@liftgraph/neo4j';
import { boltUrl, isAlive, loadConfig, type Neo4jToolConfig, readPid, startNeo4j, stopNeo4j } from '@liftgraph/tools-neo4j';
import { freePort } from '@liftgraph/tools-neo4j/testing';

/**
 * A Neo4j of its own (temporary home, free port) for tests that kill, stop or overwrite the database,
 * so the shared test instance on 7688 is never touched.
 */
export interface PrivateNeo4j {
  cfg: Neo4jToolConfig;
  url: string;
  /** A GraphDb on this instance (recreated by restart()). */
  db: () => GraphDb;
  /** SIGKILL the Java process (no shutdown hooks, no checkpoint): a crash. Resolves once it is gone. */
  kill: () => Promise<number>;
  start: () => Promise<void>;
  /** Drops the current GraphDb: after a restore the old driver holds bookmarks newer than the restored database. */
  reconnect: () => Promise<void>;
  stop: () => Promise<void>;
  /** Stops, removes the home directory. */
  dispose: () => Promise<void>;
}

const quiet = (): void => undefined;

export async function startPrivateNeo4j(prefix = 'liftgraph-reliability-'): Promise<PrivateNeo4j> {
  const home = mkdtempSync(join(tmpdir(), prefix));
  const cfg = loadConfig({
    ...process.env,
    LIFTGRAPH_NEO4J_HOME: home,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP: '768m',
    NEO4J_PAGECACHE: '128m',
  });
  let db: GraphDb | null = null;
  const open = (): GraphDb => {
    db ??= createGraphDb({ url: boltUrl(cfg), user: cfg.user, password: cfg.password, maxConnectionPoolSize: 4 });
    return db;
  };
  const closeDb = async (): Promise<void> => {
    const current = db;
    db = null;
    await current?.close().catch(() => undefined);
  };
  await startNeo4j(cfg, quiet);
  return {
    cfg,
    url: boltUrl(cfg),
    db: open,
    async kill() {
      const pid = readPid(cfg);
      if (pid === null || !isAlive(pid)) throw new Error('private Neo4j is not running');
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await new Promise((r) => setTimeout(r, 50));
      await closeDb();
      return pid;
    },
    async start() {
      await startNeo4j(cfg, quiet);
    },
    reconnect: closeDb,
    async stop() {
      await closeDb();
      await stopNeo4j(cfg, quiet);
    },
    async dispose() {
      await closeDb();
      await stopNeo4j(cfg, quiet);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
