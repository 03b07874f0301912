import { neo4jEnvSchema } from '@liftgraph/neo4j';
import { z } from 'zod';

/** The only file of the planner that reads process.env; validated at start (fail fast). */
const EnvSchema = neo4jEnvSchema.extend({
  PLANNER_HOST: z.string().default('127.0.0.1'),
  PLANNER_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Model artifacts (registry paths are relative to it; scanned when the registry is empty) and debut models (`<run>/debut-model.json`; the newest that beat the debut baselines serves first exposures). */
  LIFTGRAPH_MODELS_DIR: z.string().min(1).default('models'),
  /** Pin the model instead of asking the registry: an artifact directory, `view:<dir>` (explains only) or `none` (rules only, no SHAP, no debut model). Empty: the registry decides. */
  PLANNER_MODEL: z.string().default(''),
  /** How stale the registry check may be before a request re-reads it (a newly registered version serves without a restart). */
  PLANNER_MODEL_REFRESH_MS: z.coerce.number().int().min(0).default(10_000),
  /** The server's today for every athlete (YYYY-MM-DD), for demos and tests; unset = the real date in the athlete's time zone. */
  LIFTGRAPH_TODAY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
      .optional(),
  ),
  /** Apply pending schema migrations at start-up (on by default; off when a deploy step migrates). */
  PLANNER_MIGRATE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type PlannerEnv = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): PlannerEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid planner configuration: ${problems}. Fix the variables in .env (see .env.example).`);
  }
  return parsed.data;
}
