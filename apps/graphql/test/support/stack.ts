import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGraphDb, type GraphDb } from '@liftgraph/neo4j';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { testConnection } from '@liftgraph/tools-neo4j/testing';

const APPS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface GqlResult {
  status: number;
  data: Record<string, unknown> | null;
  errors: Array<{ message: string; extensions?: { code?: string; reason?: string; retryAfterSec?: number } }> | undefined;
  extensions: { queryCounts?: Record<string, number> } | undefined;
}

/** The real stack as processes: the planner (apps/planner dist) and this API (dist/main.js) on the test Neo4j. */
export interface Stack {
  db: GraphDb;
  api: RunningService;
  planner: RunningService;
  gql: Gql;
  login: (email: string, password: string) => Promise<string>;
  /** Starts one more API process on the same Neo4j and planner (a replica behind a load balancer), with `env` added; stopped with the stack. */
  replica: (env?: Record<string, string>) => Promise<{ api: RunningService; gql: Gql }>;
  stop: () => Promise<void>;
}

/** `headers` are added to the request (e.g. X-Forwarded-For, with TRUST_PROXY_HOPS=1, to be another client address). */
export type Gql = (
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GqlResult>;

function gqlClient(apiUrl: string): Gql {
  return async (token, query, variables = {}, headers = {}) => {
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResult, 'status'>;
    return { status: res.status, data: body.data ?? null, errors: body.errors, extensions: body.extensions };
  };
}

/** `env` is added to the API's environment (LIFTGRAPH_TODAY pins its clock). */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const c = testConnection();
  const neo4jEnv = { NEO4J_URL: c.url, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: 'neo4j', LOG_LEVEL: 'warn' };
  const db = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 4 });
  const plannerPort = await freePort();
  const planner = await startService({
    command: process.execPath,
    args: ['dist/main.js'],
    cwd: join(APPS, 'planner'),
    port: plannerPort,
    env: { ...neo4jEnv, PLANNER_PORT: String(plannerPort) },
  });
  const startApi = async (extraEnv: Record<string, string> = {}): Promise<RunningService> => {
    const apiPort = await freePort();
    return startService({
      command: process.execPath,
      args: ['dist/main.js'],
      cwd: join(APPS, 'graphql'),
      port: apiPort,
      env: { ...neo4jEnv, GRAPHQL_PORT: String(apiPort), PLANNER_URL: planner.url, COUNT_QUERIES: 'true', NODE_ENV: 'test', ...extraEnv },
    });
  };
  const api = await startApi(env);
  const replicas: RunningService[] = [];
  const gql = gqlClient(api.url);
  const login: Stack['login'] = async (email, password) => {
    const r = await gql(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });
    const token = (r.data?.login as { token?: string } | undefined)?.token;
    if (token === undefined) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
    return token;
  };
  const replica: Stack['replica'] = async (env) => {
    const started = await startApi(env);
    replicas.push(started);
    return { api: started, gql: gqlClient(started.url) };
  };
  return {
    db,
    api,
    planner,
    gql,
    login,
    replica,
    stop: async () => {
      for (const r of replicas) await r.stop();
      await api.stop();
      await planner.stop();
      await db.close();
    },
  };
}

export const codeOf = (r: GqlResult): string | undefined => r.errors?.[0]?.extensions?.code;
