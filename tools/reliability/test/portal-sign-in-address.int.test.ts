import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGraphDb, migrate } from '@liftgraph/neo4j';
import { testConnection, uniqueLabel } from '@liftgraph/tools-neo4j/testing';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_MUTATION, startApi } from '../src/api-process.js';
import { createUser, dropPrefix, FIXTURE_PASSWORD, throttleKeyOf } from '../src/fixture-users.js';

// OWASP API2: the portal signs in server-side (POST /api/session → the API's login mutation). Its own
// server appends the browser's address to X-Forwarded-For and the API (TRUST_PROXY_HOPS=1: the portal is
// the one proxy) keys the sign-in limit on it, so browsers at different addresses are limited apart
// and a browser cannot pick its key by writing the header itself. Browsers are played by node:http
// requests from 127.0.0.x. Needs the portal built (`pnpm --filter @liftgraph/portal build`).
const PORTAL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'apps', 'portal');
const c = testConnection();
const db = createGraphDb({ url: c.url, user: c.user, password: c.password, maxConnectionPoolSize: 4 });
const prefix = uniqueLabel('portalip');
const ADDRESSES = ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5', '6.6.6.6', '127.0.0.9'];
const LOGIN = LOGIN_MUTATION;
let api: RunningService;
let portal: RunningService;
const emails: string[] = [];

interface Answer {
  status: number;
  body: { error?: string; user?: unknown; data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

function post(path: string, payload: unknown, from: string, headers: Record<string, string> = {}): Promise<Answer> {
  const body = Buffer.from(JSON.stringify(payload));
  const url = new URL(path, portal.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (b: Buffer) => chunks.push(b));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Answer['body'] }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const signIn = (email: string, password: string, from: string, headers?: Record<string, string>) =>
  post('/api/session', { email, password }, from, headers);

beforeAll(async () => {
  if (!existsSync(join(PORTAL, '.next', 'BUILD_ID')) || !existsSync(join(PORTAL, 'dist', 'server', 'main.js'))) {
    throw new Error(
      'the portal is not built (.next/BUILD_ID and dist/server/main.js): run `pnpm --filter @liftgraph/portal build` (npm test does)',
    );
  }
  await migrate(db);
  api = await startApi(c, { env: { TRUST_PROXY_HOPS: '1' } });
  const port = await freePort();
  portal = await startService({
    command: process.execPath,
    args: ['dist/server/main.js', '-p', String(port), '-H', '127.0.0.1'],
    cwd: PORTAL,
    port,
    healthPath: '/api/health',
    timeoutMs: 90_000,
    env: { GRAPHQL_URL: `${api.url}/graphql` },
  });
}, 180_000);

afterAll(async () => {
  await portal?.stop();
  await api?.stop();
  const keys = emails.flatMap((e) => ADDRESSES.map((ip) => throttleKeyOf(ip, e)));
  await db.driver.executeQuery('MATCH (t:LoginThrottle) WHERE t.key IN $keys DELETE t', { keys }, { database: db.database });
  await dropPrefix(db, prefix);
  await db.close();
});

describe('portal sign-in: the API limits each browser address, not the portal', () => {
  it('should lock out the browser at 127.0.0.1 after 5 failures while the same user still signs in from 127.0.0.2', async () => {
    const { email } = await createUser(db, prefix, 'two-browsers', 'COACH');
    emails.push(email);
    for (let i = 0; i < 5; i++) expect((await signIn(email, 'wrong-password', '127.0.0.1')).status).toBe(401);
    const locked = await signIn(email, FIXTURE_PASSWORD, '127.0.0.1');
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatch(
      /^Too many attempts: too many failed sign-ins for this e-mail from your address; try again in \d+ s\.$/,
    );
    const other = await signIn(email, FIXTURE_PASSWORD, '127.0.0.2');
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    expect(other.body.user).toBeDefined();
  });

  it('should count a browser that writes its own X-Forwarded-For under its real address', async () => {
    const { email } = await createUser(db, prefix, 'spoofer', 'COACH');
    emails.push(email);
    // A new made-up address on every guess, and one naming the victim's browser (127.0.0.4).
    for (let i = 0; i < 5; i++) {
      const spoofed = i === 4 ? '127.0.0.4' : `10.0.${i}.1, 192.0.2.${i}`;
      expect((await signIn(email, `guess-${i}`, '127.0.0.3', { 'x-forwarded-for': spoofed })).status).toBe(401);
    }
    expect((await signIn(email, 'guess-5', '127.0.0.3', { 'x-forwarded-for': '6.6.6.6' })).status).toBe(429);
    // The address the spoofer named was never charged.
    expect((await signIn(email, FIXTURE_PASSWORD, '127.0.0.4')).status).toBe(200);
  });

  it('should count sign-ins through the GraphQL proxy route under the same browser address', async () => {
    const { email } = await createUser(db, prefix, 'proxy-route', 'COACH');
    emails.push(email);
    for (let i = 0; i < 5; i++) {
      const r = await post('/api/graphql', { query: LOGIN, variables: { e: email, p: 'nope' } }, '127.0.0.5');
      expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await signIn(email, FIXTURE_PASSWORD, '127.0.0.5')).status).toBe(429);
    expect((await signIn(email, FIXTURE_PASSWORD, '127.0.0.9')).status).toBe(200);
  });
});
