import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltUrl, loadConfig, type Neo4jToolConfig } from './config.js';
import { isAlive, neo4jProcesses, readPid, startNeo4j, stopNeo4j } from './server.js';
import { freePort, testDriver, uniqueLabel } from './testing.js';

describe('the shared test Neo4j', () => {
  it('should create and read back a node through neo4j-driver', async () => {
    const driver = testDriver();
    const label = uniqueLabel('Foundation');
    try {
      await driver.executeQuery(`CREATE (:${label} {id: $id, name: $name})`, { id: 'n1', name: 'back squat' });
      const res = await driver.executeQuery(`MATCH (n:${label} {id: $id}) RETURN n.name AS name`, { id: 'n1' });
      expect(res.records.map((r) => r.get('name'))).toEqual(['back squat']);
    } finally {
      await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
      await driver.close();
    }
  });
});

// Start/stop/restart run on a private instance (own home and port), so stopping it never pulls the
// database from under other test files running at the same time.
describe('tools/neo4j start, stop and restart', () => {
  let cfg: Neo4jToolConfig;
  let home: string;
  const quiet = () => undefined;
  const driverFor = (c: Neo4jToolConfig): Driver => neo4j.driver(boltUrl(c), neo4j.auth.basic(c.user, c.password));

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'liftgraph-neo4j-'));
    cfg = loadConfig({
      ...process.env,
      LIFTGRAPH_NEO4J_HOME: home,
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
    });
    await expect(startNeo4j(cfg, quiet)).resolves.toBe('started');
  });

  afterAll(async () => {
    await stopNeo4j(cfg, quiet);
    rmSync(home, { recursive: true, force: true });
  });

  it('should treat a second start as harmless when Neo4j is already running', async () => {
    const pid = readPid(cfg);
    await expect(startNeo4j(cfg, quiet)).resolves.toBe('already-running');
    expect(readPid(cfg)).toBe(pid);
  });

  it('should leave no Java process after stop and keep the data across a restart', async () => {
    let driver = driverFor(cfg);
    await driver.executeQuery('CREATE (:Kept {id: $id})', { id: 'k1' });
    await driver.close();

    await expect(stopNeo4j(cfg, quiet)).resolves.toBe('stopped');
    expect(neo4jProcesses(cfg)).toEqual([]);
    expect(readPid(cfg)).toBeNull();

    await expect(startNeo4j(cfg, quiet)).resolves.toBe('started');
    const pid = readPid(cfg);
    expect(pid !== null && isAlive(pid)).toBe(true);
    driver = driverFor(cfg);
    const res = await driver.executeQuery('MATCH (n:Kept {id: $id}) RETURN n.id AS id', { id: 'k1' });
    await driver.close();
    expect(res.records.map((r) => r.get('id'))).toEqual(['k1']);
  });
});
