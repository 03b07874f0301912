import { afterAll, describe, expect, it } from 'vitest';
import { uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import { readTx, writeTx } from './tx.js';
import { testGraphDb } from './testing/test-graph-db.js';

const db = testGraphDb();
const label = uniqueLabel('TxBookmarks');
afterAll(async () => {
  await db.driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database: db.database });
  await db.close();
});

describe('transactions and bookmarks', () => {
  it('should record each write in the process bookmark manager, so later sessions read after it', async () => {
    expect(db.bookmarks).toBeDefined();
    const before = new Set(await db.bookmarks?.getBookmarks());
    await writeTx(db, 'test.write', (tx) => tx.run(`CREATE (:${label} {n: 1})`));
    const afterFirst = [...((await db.bookmarks?.getBookmarks()) ?? [])];
    expect(afterFirst.length).toBeGreaterThan(0);
    expect(afterFirst.some((b) => !before.has(b))).toBe(true);

    await writeTx(db, 'test.write', (tx) => tx.run(`CREATE (:${label} {n: 2})`));
    const afterSecond = [...((await db.bookmarks?.getBookmarks()) ?? [])];
    expect(afterSecond).not.toEqual(afterFirst);

    const count = await readTx(db, 'test.read', async (tx) =>
      (await tx.run(`MATCH (n:${label}) RETURN count(n) AS c`)).records[0]?.get('c').toNumber(),
    );
    expect(count).toBe(2);
  });
});
