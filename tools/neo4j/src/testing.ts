import { createServer } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { boltUrl, loadConfig } from './config.js';

export interface TestConnection {
  url: string;
  user: string;
  password: string;
}

/**
 * The Neo4j the integration tests talk to. The test command (and the vitest global setup) export
 * NEO4J_URL/NEO4J_USER/NEO4J_PASSWORD for the test instance; without them the dev defaults apply.
 */
export function testConnection(env: NodeJS.ProcessEnv = process.env): TestConnection {
  const cfg = loadConfig(env);
  return { url: env.NEO4J_URL ?? boltUrl(cfg), user: env.NEO4J_USER ?? cfg.user, password: env.NEO4J_PASSWORD ?? cfg.password };
}

export function testDriver(): Driver {
  const c = testConnection();
  return neo4j.driver(c.url, neo4j.auth.basic(c.user, c.password));
}

/** A label unique to one test, for isolation (neo4j/graphql's createUniqueType idea). */
export function uniqueLabel(prefix = 'Test'): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A free TCP port on 127.0.0.1 (bind to 0, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
