import { z } from 'zod';

/** The only file of apps/graphql that reads process.env; validated at start (fail fast). */
const EnvSchema = z.object({
  GRAPHQL_HOST: z.string().default('127.0.0.1'),
  GRAPHQL_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PLANNER_URL: z.string().url().default('http://127.0.0.1:4001'),
  NEO4J_URL: z.string().default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8).default('liftgraph-dev'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type GraphqlEnv = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): GraphqlEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid GraphQL configuration: ${problems}. Fix the variables in .env (see .env.example).`);
  }
  return parsed.data;
}
