import { type ManagedTransaction, Neo4jError, type Record as Neo4jRecord } from 'neo4j-driver';
import { Neo4jStoreError, toStoreError } from './errors.js';
import { type GraphDb, openSession } from './graph-db.js';

export const APP_METADATA = '@liftgraph/neo4j@0.1.0';

/**
 * On a causal view whose chain awaits bookmarks: resolves once the database has reached them, or
 * throws BOOKMARK_TIMEOUT after the chain's `waitMs` (INVALID_BOOKMARK when the server cannot use
 * them). Probed once per chain with `RETURN 1` carrying the bookmarks, before the chain's first
 * transaction, so a write is never started that could commit after its caller was told it failed.
 * Later transactions still carry the bookmarks (a routed read may reach another member) but are not
 * timed. A no-op for a plain GraphDb or a chain that awaits nothing.
 */
export function reachBookmarks(db: GraphDb, op: string): Promise<void> {
  const chain = db.causal;
  if (chain === undefined || chain.awaitedBookmarks.length === 0) return Promise.resolve();
  chain.reached ??= probeBookmarks(db, op, chain.waitMs, chain.awaitedBookmarks.length);
  return chain.reached;
}

async function probeBookmarks(db: GraphDb, op: string, waitMs: number, count: number): Promise<void> {
  const slots = db.bookmarkWaits;
  if (slots !== undefined && !slots.tryTake()) {
    throw new Neo4jStoreError(
      'BOOKMARK_TIMEOUT',
      `${op}: ${slots.max} transactions of this process are already waiting for bookmarks; not waiting for ${count} more`,
    );
  }
  const session = openSession(db, 'READ');
  const probe = session.run('RETURN 1', {}, { metadata: { app: APP_METADATA, op: `${op}.reachBookmarks` } }).then(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new Neo4jStoreError('BOOKMARK_TIMEOUT', `${op}: the database did not reach the ${count} awaited bookmark(s) within ${waitMs} ms`),
      );
    }, waitMs);
  });
  try {
    await Promise.race([probe, deadline]);
  } catch (error) {
    throw toStoreError(error, op);
  } finally {
    clearTimeout(timer);
    // The server may keep waiting past our deadline (its own bookmark timeout): close when it answers.
    void probe
      .catch(() => undefined)
      .finally(() => {
        slots?.give();
        return session.close().catch(() => undefined);
      });
  }
}

/**
 * Runs `work` in a managed read transaction (retried by the driver on transient errors, so `work`
 * must have no side effects outside the transaction). `op` names the operation in tx metadata.
 */
export async function readTx<T>(db: GraphDb, op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  await reachBookmarks(db, op);
  const session = openSession(db, 'READ');
  try {
    return await session.executeRead(work, { metadata: { app: APP_METADATA, op } });
  } catch (error) {
    throw toStoreError(error, op);
  } finally {
    await session.close();
  }
}

/**
 * One read-only statement in an auto-commit transaction: a single RUN+PULL on the wire instead of
 * BEGIN, RUN+PULL, COMMIT. For hot single-statement reads (the coach dashboard); a retriable failure
 * (transient error, lost connection) is retried once through `readTx`.
 */
export async function readQuery(db: GraphDb, op: string, cypher: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
  await reachBookmarks(db, op);
  const session = openSession(db, 'READ');
  try {
    return (await session.run(cypher, params, { metadata: { app: APP_METADATA, op } })).records;
  } catch (error) {
    if (!Neo4jError.isRetriable(error)) throw toStoreError(error, op);
  } finally {
    await session.close();
  }
  return readTx(db, op, async (tx) => (await tx.run(cypher, params)).records);
}

/**
 * Like `readTx`, for writes: one transaction, committed when `work` resolves, rolled back when it
 * throws. On a causal view the commit's bookmarks are recorded in the chain.
 */
export async function writeTx<T>(db: GraphDb, op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  await reachBookmarks(db, op);
  const session = openSession(db, 'WRITE');
  try {
    const result = await session.executeWrite(work, { metadata: { app: APP_METADATA, op } });
    db.causal?.recordWrite(session.lastBookmarks());
    return result;
  } catch (error) {
    throw toStoreError(error, op);
  } finally {
    await session.close();
  }
}

/** Splits `rows` into consecutive batches of at most `size` (UNWIND parameter lists). */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
