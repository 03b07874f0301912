import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';

describe('loadEnv', () => {
  it('should apply defaults when variables are absent', () => {
    expect(loadEnv({})).toMatchObject({ PLANNER_PORT: 4001, PLANNER_HOST: '127.0.0.1' });
  });

  it('should name the variable and the fix when a value is invalid', () => {
    expect(() => loadEnv({ PLANNER_PORT: 'eighty' })).toThrowError(/PLANNER_PORT.*Fix the variables in \.env/);
  });

  it('should check the Neo4j URL scheme like every other process (the shared NEO4J_* settings)', () => {
    expect(() => loadEnv({ NEO4J_URL: 'http://127.0.0.1:7474' })).toThrowError(/NEO4J_URL: must start with neo4j:\/\/ or bolt:\/\//);
    expect(loadEnv({ NEO4J_URL: 'neo4j+s://db.example.com' }).NEO4J_URL).toBe('neo4j+s://db.example.com');
  });
});
