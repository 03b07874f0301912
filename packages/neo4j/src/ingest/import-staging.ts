import { toStoreError } from '../errors.js';
import { type GraphDb, openSession } from '../graph-db.js';
import { batches, writeTx } from '../tx.js';
import { STAGE_SESSION_TREES } from './session-tree.cypher.js';
import { type SessionTree, treeSets } from './session-trees.js';
import { DISCARD_STAGED, STAGE_NEXT } from './staging.cypher.js';
import type { Link } from './link-plan.js';
import { Neo4jStoreError } from '../errors.js';

/**
 * 'performances': a batch of session trees written (or staged); 'next': a batch of NEXT edges staged;
 * 'publish': a staged batch made visible (final transaction); 'links': NEXT/THEN (final transaction).
 */
export type BatchStage = 'performances' | 'next' | 'publish' | 'links';

export interface StagingOptions {
  /** Sets per transaction (performances are cut so a batch holds about this many sets). */
  batchSize: number;
  /** Staging transactions in flight at once (2 keeps both cores of a small server busy). */
  concurrency: number;
  onBatch?: (stage: BatchStage, index: number) => void;
}

/** Cuts rows into batches of about `size` sets each (a row weighs its set count, at least 1). */
export function bySets<T>(rows: readonly T[], weight: (row: T) => number, size: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let sets = 0;
  for (const row of rows) {
    current.push(row);
    sets += Math.max(1, weight(row));
    if (sets >= size) {
      out.push(current);
      [current, sets] = [[], 0];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Runs `work` on every item, at most `limit` at once; the first failure stops new work and is thrown. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        await work(items[i] as T, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  const rejected = settled.find((r) => r.status === 'rejected');
  if (rejected !== undefined && rejected.status === 'rejected') throw rejected.reason;
}

/**
 * Writes fresh session trees (sessions, performances, THEN, sets) as staged nodes, each batch in its own
 * small transaction (a retried batch is rolled back first, so retries cannot duplicate). Nothing is
 * visible until `PUBLISH_SESSION_TREES` runs in the import's final transaction; on failure the caller
 * discards the stage.
 */
export async function stageFresh(db: GraphDb, trees: readonly SessionTree[], opts: StagingOptions): Promise<void> {
  await inParallel(bySets(trees, treeSets, opts.batchSize), opts.concurrency, async (batch, i) => {
    await writeTx(db, 'import.stage', async (tx) => {
      await tx.run(STAGE_SESSION_TREES, { rows: batch });
      opts.onBatch?.('performances', i);
    });
  });
}

/**
 * Stages NEXT edges between staged performances, in small transactions beside each other. A batch that
 * creates fewer edges than it has links met a discarded stage (a concurrent import of the athlete).
 */
export async function stageNext(db: GraphDb, links: readonly Link[], opts: StagingOptions): Promise<void> {
  await inParallel(batches(links, opts.batchSize), opts.concurrency, async (batch, i) => {
    await writeTx(db, 'import.stage.next', async (tx) => {
      const created = (await tx.run(STAGE_NEXT, { rows: batch }).summary()).counters.updates().relationshipsCreated;
      if (created !== batch.length) {
        throw new Neo4jStoreError(
          'CONFLICT',
          `import: ${batch.length - created} of ${batch.length} staged performances are gone (another import of this athlete ran at the same time); import the file again`,
        );
      }
      opts.onBatch?.('next', i);
    });
  });
}

/** Deletes whatever is staged for an athlete (what a failed or interrupted import left). */
export async function discardStaged(db: GraphDb, athleteId: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), not a transaction function.
  const session = openSession(db, 'WRITE');
  try {
    await session.run(DISCARD_STAGED, { athleteId });
    db.causal?.recordWrite(session.lastBookmarks());
  } catch (error) {
    throw toStoreError(error, 'import.discard');
  } finally {
    await session.close();
  }
}
