import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';

const APPS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'apps');

export interface Neo4jEnv {
  url: string;
  user: string;
  password: string;
}

export interface GqlResponse {
  status: number;
  body: string;
  data: Record<string, unknown> | null;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
}

/** POST /graphql with node:http (so a test can pick the client address, e.g. 127.0.0.2, to act as another IP). */
export function postGraphql(
  baseUrl: string,
  payload: unknown,
  opts: { token?: string | null; localAddress?: string } = {},
): Promise<GqlResponse> {
  const body = Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload));
  const url = new URL('/graphql', baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: opts.localAddress,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: { data?: Record<string, unknown> | null; errors?: GqlResponse['errors'] } = {};
          try {
            parsed = JSON.parse(text) as typeof parsed;
          } catch {
            // not JSON: the caller sees status and body
          }
          resolve({ status: res.statusCode ?? 0, body: text, data: parsed.data ?? null, errors: parsed.errors });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The GraphQL API (apps/graphql/dist/main.js) as a real process on `neo4j`, calling the planner at `plannerUrl`. */
export const LOGIN_MUTATION = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

/** Signs in through the API and returns the bearer token (throws with the API's answer when refused). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const r = await postGraphql(baseUrl, { query: LOGIN_MUTATION, variables: { e: email, p: password } });
  const token = (r.data?.login as { token?: string } | undefined)?.token;
  if (token === undefined) throw new Error(`sign-in as ${email} failed: ${r.status} ${r.body}`);
  return token;
}

export async function startApi(neo4j: Neo4jEnv, opts: { plannerUrl?: string; env?: Record<string, string> } = {}): Promise<RunningService> {
  const port = await freePort();
  return startService({
    command: process.execPath,
    args: ['dist/main.js'],
    cwd: join(APPS, 'graphql'),
    port,
    env: {
      NEO4J_URL: neo4j.url,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: 'neo4j',
      LOG_LEVEL: 'info',
      GRAPHQL_PORT: String(port),
      PLANNER_URL: opts.plannerUrl ?? `http://127.0.0.1:${await freePort()}`,
      PLANNER_TIMEOUT_MS: '3000',
      STATUS_CACHE_TTL_MS: '0',
      NODE_ENV: 'test',
      ...opts.env,
    },
  });
}

/** The planner (apps/planner/dist/main.js) as a real process, once `/ready` (migrations, solver, model loaded) answers 200. */
export async function startPlanner(neo4j: Neo4jEnv, env: Record<string, string> = {}): Promise<RunningService> {
  const port = await freePort();
  return startService({
    command: process.execPath,
    args: ['dist/main.js'],
    cwd: join(APPS, 'planner'),
    port,
    healthPath: '/ready',
    timeoutMs: 180_000,
    env: {
      NEO4J_URL: neo4j.url,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: 'neo4j',
      LOG_LEVEL: 'warn',
      PLANNER_PORT: String(port),
      ...env,
    },
  });
}
