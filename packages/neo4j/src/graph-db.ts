import neo4j, { type BookmarkManager, type Driver, type Session } from 'neo4j-driver';
import { BookmarkWaitSlots, type CausalChain } from './causal-chain.js';
import { Neo4jStoreError } from './errors.js';

/** Connection settings, always passed in by the app (this package never reads the environment). */
export interface Neo4jConfig {
  /** `neo4j://host:7687` (routing, works against a cluster) or `bolt://host:7687` (direct). */
  url: string;
  user: string;
  password: string;
  /** Every session pins this database; default `neo4j`. */
  database?: string;
  maxConnectionPoolSize?: number;
  /** Bookmark probes (see `reachBookmarks`) that may wait on the server at once; default 8 (a sixth of the default pool). */
  maxBookmarkWaits?: number;
}

/** The process-wide driver plus the database every session pins. Create once in main.ts, close on exit. */
export interface GraphDb {
  readonly driver: Driver;
  readonly database: string;
  /**
   * Shared by every session this process opens, so a read after a write in the same process sees
   * the write even when a cluster routes it to another member (causal consistency). Omitted only by
   * hand-built test doubles; sessions then carry no bookmarks.
   */
  readonly bookmarks?: BookmarkManager;
  /**
   * Present on a caller's view (`withCausalChain`): its sessions also wait for the chain's bookmarks
   * (from another process), and `writeTx` records the bookmarks of its commits in it.
   */
  readonly causal?: CausalChain;
  /** The process's cap on bookmark probes waiting on the server; shared by its causal views. */
  readonly bookmarkWaits?: BookmarkWaitSlots;
  close(): Promise<void>;
}

/**
 * A view of `db` for one caller (an API request) that carries `chain`: same driver, database and
 * process bookmark manager. The process owns the driver, so the view's `close` does nothing.
 */
export function withCausalChain(db: GraphDb, chain: CausalChain): GraphDb {
  return {
    driver: db.driver,
    database: db.database,
    ...(db.bookmarks && { bookmarks: db.bookmarks }),
    ...(db.bookmarkWaits && { bookmarkWaits: db.bookmarkWaits }),
    causal: chain,
    close: () => Promise.resolve(),
  };
}

/**
 * A session on the pinned database with the process's bookmark manager and, on a causal view, the
 * chain's awaited bookmarks (the driver sends the union of both when the transaction begins).
 */
export function openSession(db: GraphDb, mode: 'READ' | 'WRITE'): Session {
  const awaited = db.causal?.awaitedBookmarks ?? [];
  return db.driver.session({
    database: db.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    ...(db.bookmarks && { bookmarkManager: db.bookmarks }),
    ...(awaited.length > 0 && { bookmarks: [...awaited] }),
  });
}

const URL_SCHEMES = ['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:'];

export function createGraphDb(config: Neo4jConfig): GraphDb {
  let scheme: string;
  try {
    scheme = new URL(config.url).protocol;
  } catch (cause) {
    throw new Neo4jStoreError('INVALID_ARGUMENT', `Neo4j url is not a URL: "${config.url}"; use neo4j://host:7687 or bolt://host:7687`, {
      cause,
    });
  }
  if (!URL_SCHEMES.includes(scheme)) {
    throw new Neo4jStoreError('INVALID_ARGUMENT', `Neo4j url scheme must be one of ${URL_SCHEMES.join(', ')}; got "${scheme}"`);
  }
  const driver = neo4j.driver(config.url, neo4j.auth.basic(config.user, config.password), {
    maxConnectionPoolSize: config.maxConnectionPoolSize ?? 50,
    userAgent: 'liftgraph-neo4j/0.1.0',
  });
  return {
    driver,
    database: config.database ?? 'neo4j',
    bookmarks: neo4j.bookmarkManager(),
    bookmarkWaits: new BookmarkWaitSlots(config.maxBookmarkWaits ?? 8),
    close: () => driver.close(),
  };
}
