import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';

describe('loadEnv: the shared NEO4J_* settings', () => {
  it('should default to the local Neo4j and refuse a URL that is not Bolt, like the planner and the command line', () => {
    expect(loadEnv({})).toMatchObject({ NEO4J_URL: 'bolt://127.0.0.1:7687', NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j' });
    expect(() => loadEnv({ NEO4J_URL: 'http://neo4j:7474' })).toThrowError(
      /Invalid GraphQL configuration: NEO4J_URL: must start with neo4j:\/\/ or bolt:\/\//,
    );
    expect(() => loadEnv({ NEO4J_PASSWORD: 'short' })).toThrowError(/NEO4J_PASSWORD: must have at least 8 characters/);
  });
});
