import { z } from 'zod';

/**
 * The only file of apps/cli that reads the environment (main.ts passes it in as `io.env`). The Neo4j
 * settings are the shared `NEO4J_*` ones (`neo4jEnv` of @liftgraph/neo4j, as the services read them).
 */
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
