import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { DEFAULT_MAVEN_REPO, NEO4J_VERSION } from './version.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Neo4jToolConfig {
  version: string;
  boltPort: number;
  user: string;
  password: string;
  /** Where the jars are cached (shared by every clone on this machine). */
  cacheDir: string;
  /** NEO4J_HOME: conf, logs, run, data (git-ignored). */
  homeDir: string;
  mavenRepo: string;
  /** JVM heap (-Xms/-Xmx); default 2g. Neo4j caps a transaction's memory at 70 % of it (dbms.memory.transaction.total.max). */
  heap: string;
  pageCache: string;
  /**
   * Where transaction state lives (db.tx_state.memory_allocation; Neo4j's default ON_HEAP). OFF_HEAP did
   * not measure faster for a 100k-set import here.
   */
  txState: 'ON_HEAP' | 'OFF_HEAP';
  /**
   * The JVM's garbage collector (NEO4J_GC): `parallel` (default) or `g1` (the JVM's and Neo4j's own default).
   * The throughput collector measured faster for bulk imports on 2 cores (100k set rows: GC 0.35–0.63 s vs
   * 0.59–1.78 s, 21.8k–23.1k vs 17.6k–21.0k rows/s interleaved); its pauses on a 2g heap stay short.
   */
  gc: 'parallel' | 'g1';
  javaHome: string | undefined;
}

function intFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    throw new Error(`${name} must be a port number (1–65535), got "${raw}". Fix it in .env or the environment.`);
  }
  return value;
}

function gcFrom(raw: string | undefined): 'parallel' | 'g1' {
  if (raw === undefined || raw === '' || raw === 'parallel') return 'parallel';
  if (raw === 'g1') return 'g1';
  throw new Error(`NEO4J_GC must be parallel or g1, got "${raw}". Fix it in .env or the environment.`);
}

function txStateError(raw: string): never {
  throw new Error(`NEO4J_TX_STATE must be ON_HEAP or OFF_HEAP, got "${raw}". Fix it in .env or the environment.`);
}

/** Reads the root `.env` (if present) and the environment. Environment variables win over `.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Neo4jToolConfig {
  loadDotenv({ path: join(REPO_ROOT, '.env'), quiet: true });
  const password = env.NEO4J_PASSWORD ?? 'liftgraph-dev';
  if (password.length < 8) {
    throw new Error('NEO4J_PASSWORD must have at least 8 characters (a Neo4j 5 rule). Fix it in .env.');
  }
  return {
    version: NEO4J_VERSION,
    boltPort: intFrom('NEO4J_BOLT_PORT', env.NEO4J_BOLT_PORT, 7687),
    user: env.NEO4J_USER ?? 'neo4j',
    password,
    cacheDir: env.LIFTGRAPH_NEO4J_CACHE ?? join(homedir(), '.cache', 'liftgraph', `neo4j-${NEO4J_VERSION}`),
    homeDir: resolve(REPO_ROOT, env.LIFTGRAPH_NEO4J_HOME ?? '.neo4j'),
    mavenRepo: (env.LIFTGRAPH_MAVEN_REPO ?? DEFAULT_MAVEN_REPO).replace(/\/$/, ''),
    heap: env.NEO4J_HEAP ?? '2g',
    pageCache: env.NEO4J_PAGECACHE ?? '512m',
    txState:
      env.NEO4J_TX_STATE === 'OFF_HEAP'
        ? 'OFF_HEAP'
        : env.NEO4J_TX_STATE === 'ON_HEAP' || env.NEO4J_TX_STATE === undefined
          ? 'ON_HEAP'
          : txStateError(env.NEO4J_TX_STATE),
    gc: gcFrom(env.NEO4J_GC),
    javaHome: env.JAVA_HOME,
  };
}

export function boltUrl(cfg: Neo4jToolConfig): string {
  return `bolt://127.0.0.1:${cfg.boltPort}`;
}
