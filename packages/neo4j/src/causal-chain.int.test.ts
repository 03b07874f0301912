import { afterAll, describe, expect, it } from 'vitest';
import { testConnection, uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import { CausalChain } from './causal-chain.js';
import { Neo4jStoreError } from './errors.js';
import { createGraphDb, withCausalChain } from './graph-db.js';
import { futureBookmark } from './testing/future-bookmark.js';
import { testGraphDb } from './testing/test-graph-db.js';
import { readTx, writeTx } from './tx.js';

// Two drivers, two process bookmark managers: what two API replicas have.
const processA = testGraphDb();
const processB = testGraphDb();
const label = uniqueLabel('CausalChain');
afterAll(async () => {
  await processA.driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database: processA.database });
  await processA.close();
  await processB.close();
});

const countOf = (db: typeof processA, key: string): Promise<number> =>
  readTx(db, 'test.count', async (tx) =>
    (await tx.run(`MATCH (n:${label} {key: $key}) RETURN count(n) AS c`, { key })).records[0]?.get('c').toNumber(),
  );

async function writeThroughA(key: string): Promise<string[]> {
  const chain = new CausalChain(5_000);
  await writeTx(withCausalChain(processA, chain), 'test.write', (tx) => tx.run(`CREATE (:${label} {key: $key})`, { key }));
  return chain.written();
}

describe('causal chain across processes (bookmarks passed by the caller)', () => {
  it("should record a write's bookmark in the chain and none for a read", async () => {
    const reads = new CausalChain(5_000);
    await countOf(withCausalChain(processA, reads), 'nothing');
    expect(reads.written()).toEqual([]);
    const written = await writeThroughA('w1');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/\S/);
  });

  it("should let process B read process A's write when B's chain awaits A's bookmarks", async () => {
    const written = await writeThroughA('w2');
    const chain = new CausalChain(5_000);
    chain.waitFor(written);
    expect(await countOf(withCausalChain(processB, chain), 'w2')).toBe(1);
  });

  it('should wait for a bookmark of a transaction not yet committed and fail with BOOKMARK_TIMEOUT, writing nothing', async (ctx) => {
    const [real] = await writeThroughA('w3');
    const ahead = real === undefined ? null : futureBookmark(real);
    if (ahead === null) {
      console.warn(`SKIPPED: cannot craft a future bookmark from ${real} (Neo4j's bookmark encoding changed)`);
      return ctx.skip();
    }
    const chain = new CausalChain(300);
    chain.waitFor([ahead]);
    const view = withCausalChain(processB, chain);
    await expect(countOf(view, 'w3')).rejects.toMatchObject({ name: 'Neo4jStoreError', code: 'BOOKMARK_TIMEOUT' });
    const write = writeTx(view, 'test.write', (tx) => tx.run(`CREATE (:${label} {key: 'w3-late'})`));
    await expect(write).rejects.toBeInstanceOf(Neo4jStoreError);
    await expect(write).rejects.toMatchObject({ code: 'BOOKMARK_TIMEOUT' });
    expect(chain.written()).toEqual([]);
    expect(await countOf(processA, 'w3-late')).toBe(0);
  });

  it('should refuse a bookmark the server cannot parse with INVALID_BOOKMARK', async () => {
    const chain = new CausalChain(5_000);
    chain.waitFor(['FB:not-a-bookmark']);
    await expect(countOf(withCausalChain(processB, chain), 'w1')).rejects.toMatchObject({ code: 'INVALID_BOOKMARK' });
  });

  it('should cap the probes left waiting on the server per process, failing more at once instead of holding the pool', async (ctx) => {
    const [real] = await writeThroughA('w4');
    const ahead = real === undefined ? null : futureBookmark(real);
    if (real === undefined || ahead === null) {
      console.warn(`SKIPPED: cannot craft a future bookmark from ${real} (Neo4j's bookmark encoding changed)`);
      return ctx.skip();
    }
    const c = testConnection();
    const capped = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 4, maxBookmarkWaits: 1 });
    try {
      const stuck = new CausalChain(200);
      stuck.waitFor([ahead]);
      await expect(countOf(withCausalChain(capped, stuck), 'w4')).rejects.toMatchObject({ code: 'BOOKMARK_TIMEOUT' });
      // The server still holds that probe (its own bookmark timeout): the one slot stays taken ...
      expect(capped.bookmarkWaits?.inUse).toBe(1);
      const reachable = new CausalChain(5_000);
      reachable.waitFor([real]);
      await expect(countOf(withCausalChain(capped, reachable), 'w4')).rejects.toThrow(
        /1 transactions of this process are already waiting for bookmarks/,
      );
      // ... while callers without bookmarks are not held up.
      expect(await countOf(withCausalChain(capped, new CausalChain(5_000)), 'w4')).toBe(1);
    } finally {
      await capped.close();
    }
  });
});
