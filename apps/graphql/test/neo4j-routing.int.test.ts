// The API's Neo4j paths are routing-aware, so `NEO4J_URL=neo4j://…` works unchanged against a cluster
// (docs/scaling.md): proven here against the single test instance through a neo4j:// (routing) driver.
import { createGraphDb, readTx, writeTx } from '@liftgraph/neo4j';
import { testConnection, uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import { afterAll, describe, expect, it } from 'vitest';

const c = testConnection();
const routingUrl = c.url.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
const db = createGraphDb({ url: routingUrl, user: c.user, password: c.password, maxConnectionPoolSize: 2 });
const label = uniqueLabel('Routing');

afterAll(async () => {
  await db.driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database: db.database });
  await db.close();
});

describe('neo4j:// routing against the single instance', () => {
  it('should fetch a routing table that names this server for ROUTE, READ and WRITE', async () => {
    expect(routingUrl).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const rows = await readTx(db, 'test.routingTable', async (tx) => {
      const res = await tx.run(
        'CALL dbms.routing.getRoutingTable({}, $db) YIELD servers UNWIND servers AS s RETURN s.role AS role, s.addresses AS addresses',
        { db: db.database },
      );
      return res.records.map((r) => ({ role: r.get('role') as string, addresses: r.get('addresses') as string[] }));
    });
    const address = new URL(routingUrl).host;
    expect(rows.map((r) => r.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
    for (const r of rows) expect(r.addresses).toEqual([address]);
  });

  it('should send writeTx as a WRITE transaction and read the write back through readTx', async () => {
    const id = `${label}-1`;
    await writeTx(db, 'test.routingWrite', (tx) => tx.run(`CREATE (:${label} {id: $id})`, { id }));
    const found = await readTx(
      db,
      'test.routingRead',
      async (tx) =>
        (await tx.run(`MATCH (n:${label} {id: $id}) RETURN count(n) AS n`, { id })).records[0]?.get('n') as { toNumber(): number },
    );
    expect(found.toNumber()).toBe(1);
  });

  it('should send readTx as a READ transaction: the server refuses a write inside it (a cluster would route it to a reader)', async () => {
    await expect(readTx(db, 'test.writeInRead', (tx) => tx.run(`CREATE (:${label} {id: 'must-not-exist'})`))).rejects.toThrow(
      /read|access mode/i,
    );
    const res = await db.driver.executeQuery(
      `MATCH (n:${label} {id: 'must-not-exist'}) RETURN count(n) AS n`,
      {},
      { database: db.database },
    );
    expect((res.records[0]?.get('n') as { toNumber(): number }).toNumber()).toBe(0);
  });
});
