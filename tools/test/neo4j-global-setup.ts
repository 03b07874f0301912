// Vitest global setup for the `integration` project: make sure a real Neo4j answers before any test runs.
// Under `npm test` the harness has already started the test instance; run alone, this starts it (and stops it after).
import { loadConfig, startNeo4j, stopNeo4j } from '@liftgraph/tools-neo4j';

export default async function setup(): Promise<() => Promise<void>> {
  process.env.LIFTGRAPH_NEO4J_HOME ??= '.neo4j-test';
  process.env.NEO4J_BOLT_PORT ??= '7688';
  const cfg = loadConfig();
  process.env.NEO4J_URL ??= `bolt://127.0.0.1:${cfg.boltPort}`;
  process.env.NEO4J_USER ??= cfg.user;
  process.env.NEO4J_PASSWORD ??= cfg.password;
  const state = await startNeo4j(cfg, () => undefined);
  return async () => {
    if (state === 'started') await stopNeo4j(cfg, () => undefined);
  };
}
