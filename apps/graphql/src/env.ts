import { neo4jEnvSchema } from '@liftgraph/neo4j';
import { z } from 'zod';
import { ACCOUNT_LIMIT_DEFAULTS } from './auth/account-limits.js';
import { parseRateLimit } from './limits/rate-limit-policy.js';

/** The development default of JWT_SECRET: public, so refused when NODE_ENV=production. */
export const DEV_JWT_SECRET = 'liftgraph-dev-only-secret-change-me-0123456789';

const rateLimit = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      try {
        return parseRateLimit(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });

/** The only file of apps/graphql that reads process.env; validated at start (fail fast). */
const EnvSchema = neo4jEnvSchema.extend({
  GRAPHQL_HOST: z.string().default('127.0.0.1'),
  GRAPHQL_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PLANNER_URL: z.string().url().default('http://127.0.0.1:4001'),
  PLANNER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // How long a request carrying x-liftgraph-bookmark waits for Neo4j to reach it before BOOKMARK_TIMEOUT (503).
  NEO4J_BOOKMARK_WAIT_MS: z.coerce.number().int().min(10).max(60_000).default(5_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // HS256 key for session tokens; the default is for local development only (production must set it).
  JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET),
  // Access tokens are short-lived (default 15 min); the portal renews them with the refresh token (30 days, rotated).
  ACCESS_TOKEN_TTL_SEC: z.coerce
    .number()
    .int()
    .min(30)
    .max(24 * 3600)
    .default(15 * 60),
  REFRESH_TOKEN_TTL_SEC: z.coerce
    .number()
    .int()
    .min(300)
    .max(90 * 24 * 3600)
    .default(30 * 24 * 3600),
  // Links in invites and password resets: `${PORTAL_URL}/invite/<code>`, `${PORTAL_URL}/reset/<code>`.
  PORTAL_URL: z
    .string()
    .url()
    .default('http://localhost:3000')
    .transform((u) => u.replace(/\/+$/, '')),
  // Set: e-mails (invites) go through this SMTP server (smtp://user:pass@host:587); unset: they are logged.
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  MAIL_FROM: z.string().min(3).default('Liftgraph <no-reply@liftgraph.local>'),
  CORS_ORIGINS: z
    .string()
    .default('http://localhost:3000,http://127.0.0.1:3000')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o !== ''),
    ),
  // Proxies in front of the API whose X-Forwarded-For entry names the client (login throttle):
  // 1 = the portal's server-side proxy, 2 = portal + load balancer; 0 = the socket peer.
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Per-user limits on the expensive operations, shared by every replica through Neo4j: `<max>/<window>`
  // (window in s, m or h) or `off`. Defaults are far above what one person at the portal sends.
  RATE_LIMIT_GENERATE_PROGRAM: rateLimit('120/10m'),
  RATE_LIMIT_PREDICTIONS: rateLimit('600/10m'),
  RATE_LIMIT_TRAIN_MODEL: rateLimit('20/1h'),
  // Account limits, kept in the sign-in throttle: sign-ups, invite code tries (preview + accept) and password
  // resets per client address, invites created per coach. Same `<max>/<window>` or `off` form.
  RATE_LIMIT_SIGN_UP: rateLimit(ACCOUNT_LIMIT_DEFAULTS.signUp),
  RATE_LIMIT_INVITE_CODE: rateLimit(ACCOUNT_LIMIT_DEFAULTS.inviteCode),
  RATE_LIMIT_RESET_PASSWORD: rateLimit(ACCOUNT_LIMIT_DEFAULTS.resetPassword),
  RATE_LIMIT_CREATE_INVITE: rateLimit(ACCOUNT_LIMIT_DEFAULTS.createInvite),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(8),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).max(1_000_000).default(5_000),
  // Training runs (trainModel): a library call (@liftgraph/learning) in a worker thread of this API, or of a
  // queue worker with REDIS_URL. Artifacts go under LIFTGRAPH_MODELS_DIR (relative to the working directory).
  LIFTGRAPH_MODELS_DIR: z.string().min(1).default('models'),
  // tfjs backend of the MLP/LSTM baselines (the GNN engine runs its own WASM kernels); empty = auto.
  LIFTGRAPH_TF_BACKEND: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['node-gpu', 'node', 'wasm', 'cpu']).optional()),
  // Athletes a run trains on (comma-separated ids); empty = every athlete with logged sessions.
  TRAIN_ATHLETES: z
    .string()
    .optional()
    .transform((s) => {
      const ids = (s ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      return ids.length > 0 ? ids : undefined;
    }),
  // Set: trainModel enqueues on this Redis (BullMQ) for separate worker processes; unset: in-process child.
  REDIS_URL: z.string().url().optional(),
  TRAIN_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  // Test aid: report repository call counts per request in extensions.queryCounts (refused in production).
  COUNT_QUERIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // The server's today for every athlete (YYYY-MM-DD), for demos and tests; unset or empty = the real date in the athlete's time zone.
  LIFTGRAPH_TODAY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
      .optional(),
  ),
});

export type GraphqlEnv = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): GraphqlEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid GraphQL configuration: ${problems}. Fix the variables in .env (see .env.example).`);
  }
  if (parsed.data.COUNT_QUERIES && parsed.data.NODE_ENV === 'production') throw new Error('COUNT_QUERIES must not be set in production');
  if (parsed.data.NODE_ENV === 'production' && parsed.data.JWT_SECRET === DEV_JWT_SECRET) {
    throw new Error('JWT_SECRET is the public development default; set a random secret of 32+ characters in production (see .env.example)');
  }
  return parsed.data;
}
