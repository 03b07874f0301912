import { z } from 'zod';

/** The only file of apps/cli that reads the environment (main.ts passes it in as `io.env`). */
const Neo4jEnvSchema = z.object({
  NEO4J_URL: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must start with neo4j:// or bolt://').default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8).default('liftgraph-dev'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
});

export interface CliNeo4jEnv {
  url: string;
  user: string;
  password: string;
  database: string;
}

/** Neo4j connection settings from the environment (root .env already merged by main.ts). */
export function neo4jEnv(source: NodeJS.ProcessEnv = process.env): CliNeo4jEnv {
  const parsed = Neo4jEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid Neo4j configuration: ${problems}. Fix the variables in .env (see .env.example).`);
  }
  const e = parsed.data;
  return { url: e.NEO4J_URL, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
}

const GnnEnvSchema = z.object({
  LIFTGRAPH_TF_BACKEND: z.enum(['node-gpu', 'node', 'wasm', 'cpu']).optional(),
  LIFTGRAPH_MODELS_DIR: z.string().min(1).default('models'),
});

export interface CliGnnEnv {
  /** Forces a tfjs backend; unset = auto (tfjs-node-gpu, tfjs-node, wasm, cpu). */
  backend: 'node-gpu' | 'node' | 'wasm' | 'cpu' | undefined;
  modelsDir: string;
}

/** Model training settings from the environment. */
export function gnnEnv(source: NodeJS.ProcessEnv = process.env): CliGnnEnv {
  const parsed = GnnEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid model configuration: ${problems}. Fix the variables in .env (see .env.example).`);
  }
  return { backend: parsed.data.LIFTGRAPH_TF_BACKEND, modelsDir: parsed.data.LIFTGRAPH_MODELS_DIR };
}

/** The process environment, handed to commands as `io.env` (tests pass their own). */
export function processEnv(): NodeJS.ProcessEnv {
  return process.env;
}
