import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { isAlive, neo4jProcesses, readPid, startNeo4j, stopNeo4j } from './server.js';
import { testDriver, uniqueLabel } from './testing.js';

// These tests stop and restart the test instance itself; they run in the sequential integration project.
describe('local Neo4j (tools/neo4j)', () => {
  const cfg = loadConfig();
  const label = uniqueLabel('Foundation');
  let driver = testDriver();

  afterAll(async () => {
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
    await driver.close();
  });

  it('should create and read back a node through neo4j-driver', async () => {
    await driver.executeQuery(`CREATE (:${label} {id: $id, name: $name})`, { id: 'n1', name: 'back squat' });
    const res = await driver.executeQuery(`MATCH (n:${label} {id: $id}) RETURN n.name AS name`, { id: 'n1' });
    expect(res.records.map((r) => r.get('name'))).toEqual(['back squat']);
  });

  it('should treat a second start as harmless when Neo4j is already running', async () => {
    const pid = readPid(cfg);
    await expect(startNeo4j(cfg, () => undefined)).resolves.toBe('already-running');
    expect(readPid(cfg)).toBe(pid);
  });

  it('should leave no Java process after stop and keep the data across a restart', async () => {
    await driver.close();
    await expect(stopNeo4j(cfg, () => undefined)).resolves.toBe('stopped');
    expect(neo4jProcesses(cfg)).toEqual([]);
    expect(readPid(cfg)).toBeNull();

    await expect(startNeo4j(cfg, () => undefined)).resolves.toBe('started');
    const pid = readPid(cfg);
    expect(pid !== null && isAlive(pid)).toBe(true);
    driver = testDriver();
    const res = await driver.executeQuery(`MATCH (n:${label} {id: $id}) RETURN n.name AS name`, { id: 'n1' });
    expect(res.records.map((r) => r.get('name'))).toEqual(['back squat']);
  });
});
