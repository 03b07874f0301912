import type { Neo4jToolConfig } from '@liftgraph/tools-neo4j';
import { boltUrl, loadConfig } from '@liftgraph/tools-neo4j';

/**
 * The test suite runs its own Neo4j (separate home and port) so it never touches the data of
 * `npm start`. Override with LIFTGRAPH_TEST_NEO4J_HOME / LIFTGRAPH_TEST_BOLT_PORT.
 */
export function testNeo4jEnv(): { cfg: Neo4jToolConfig; env: Record<string, string> } {
  const env = {
    LIFTGRAPH_NEO4J_HOME: process.env.LIFTGRAPH_TEST_NEO4J_HOME ?? '.neo4j-test',
    NEO4J_BOLT_PORT: process.env.LIFTGRAPH_TEST_BOLT_PORT ?? '7688',
  };
  const cfg = loadConfig({ ...process.env, ...env });
  return { cfg, env: { ...env, NEO4J_URL: boltUrl(cfg), NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password } };
}
