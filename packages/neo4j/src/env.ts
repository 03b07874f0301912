import { z } from 'zod';
import type { Neo4jConfig } from './graph-db.js';

/**
 * The `NEO4J_*` settings every process that talks to Neo4j reads (CLI, GraphQL, planner, benchmarks),
 * with their development defaults. The URL must name a Bolt scheme: `neo4j://` (routing, works against a
 * cluster) or `bolt://` (direct), each optionally `+s` / `+ssc` (TLS).
 */
export const neo4jEnvSchema = z.object({
  NEO4J_URL: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must start with neo4j:// or bolt:// (optionally +s or +ssc)')
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters (a Neo4j 5 rule)').default('liftgraph-dev'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
});

export type Neo4jEnv = z.output<typeof neo4jEnvSchema>;

/** The connection settings of parsed `NEO4J_*` variables (an app's env schema extends `neo4jEnvSchema`). */
export function neo4jConfig(env: Neo4jEnv): Required<Pick<Neo4jConfig, 'url' | 'user' | 'password' | 'database'>> {
  return { url: env.NEO4J_URL, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE };
}

/** Reads and checks the `NEO4J_*` variables of `source`; throws one error naming every bad variable and where to fix it. */
export function neo4jEnv(
  source: Record<string, string | undefined> = process.env,
): Required<Pick<Neo4jConfig, 'url' | 'user' | 'password' | 'database'>> {
  const parsed = neo4jEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid Neo4j configuration: ${problems}. Fix the variables in .env (see .env.example).`);
  }
  return neo4jConfig(parsed.data);
}
