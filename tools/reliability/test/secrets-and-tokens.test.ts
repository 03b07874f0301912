import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { decodeProtectedHeader, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, loadEnv } from '../../../apps/graphql/src/env.js';
import { createTokenService } from '../../../apps/graphql/src/auth/token.js';

// OWASP API2 / API8: secrets only from the environment; tokens short-lived, algorithm pinned.
const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Literal credentials allowed in committed files, each documented: development defaults that the
 * environment overrides (README, .env.example), the demo logins `npm start` prints, and test fixtures.
 */
const ALLOWED = new Map<string, string>([
  ['liftgraph-dev', 'dev Neo4j password default (tools/neo4j, .env.example, docker-compose); NEO4J_PASSWORD overrides'],
  [DEV_JWT_SECRET, 'dev JWT secret default; refused when NODE_ENV=production'],
  ['liftgraph-demo', 'the documented demo password of the seeded demo users'],
  ['liftgraph-no-such-user', 'the dummy bcrypt input that equalises login timing'],
  ['change-me-to-a-random-string-of-32-or-more-chars', '.env.example placeholder'],
  ['fixture-password', 'test fixture users'],
  ['reliability-password', 'test fixture users'],
  ['soak-only-secret-0123456789-0123456789-abcdef', 'the soak benchmark JWT secret (a throwaway process)'],
  ['compose-check-neo4j-pass', 'tools/run/test/compose.test.ts: a non-default password the compose config must resolve everywhere'],
  [
    'compose-check-jwt-secret-0123456789-abcdef',
    'tools/run/test/compose.test.ts: a non-default JWT secret the compose config must resolve',
  ],
  ['a-test-secret-of-at-least-32-characters!', 'apps/graphql/src/auth/token.test.ts: the key of the token unit tests'],
  ['another-secret-of-at-least-32-characters', 'apps/graphql/src/auth/token.test.ts: the wrong key those tests refuse'],
  [
    '0123456789ab',
    'apps/graphql/test/authorization-matrix.int.test.ts: a new password the refused changePassword/resetPassword cells send',
  ],
  ['long-enough-1', 'apps/portal/src/features/account/invite-text.test.ts: a password the form check accepts'],
  ['access', 'apps/portal/src/lib/session-cookie.test.ts: a placeholder cookie value'],
  ['refresh', 'apps/portal/src/lib/session-cookie.test.ts: a placeholder cookie value'],
  ['barbell-on-the-back-7', 'apps/portal/test/accounts.e2e.test.ts: the password the invited athlete sets'],
  ['squat-depth-below-parallel', 'apps/portal/test/accounts.e2e.test.ts: the password the reset link sets'],
  ['owner-password-2026', 'tools/reliability/test/graphql-inputs.int.test.ts: the sign-up that gives the probes an organisation'],
]);

const PATTERNS: Array<[string, RegExp]> = [
  // On one line: a type name ending in "Token" followed by a union on the next line is not an assignment.
  ['credential assignment', /(?:password|passwd|secret|api[_-]?key|access[_-]?key|token)["']?[ \t]*[:=][ \t]*["'`]([^"'`\s$]{6,})["'`]/gi],
  ['compose default', /(?:PASSWORD|SECRET|TOKEN|KEY)[A-Z_]*:?-?\s*\$\{[A-Z_]+:-([^}]{6,})\}/g],
  ['env file value', /^(?:[A-Z_]*(?:PASSWORD|SECRET|TOKEN|API_KEY))=([^\s#]{6,})/gm],
  ['JWT', /\b(eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,})/g],
  ['private key', /(-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----)/g],
  ['AWS access key', /\b(AKIA[0-9A-Z]{16})\b/g],
];

/** Every literal secret in `text` that is not in ALLOWED. */
export function findSecrets(text: string): Array<{ kind: string; value: string }> {
  const found: Array<{ kind: string; value: string }> = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const value = m[1] ?? '';
      // An environment variable's name (`JWT_SECRET`) or a reference to one is not a value.
      if (
        !ALLOWED.has(value) &&
        !/^(process\.env|env\.|\$\{)/.test(value) &&
        // A rate limit setting (RATE_LIMIT_RESET_PASSWORD=10/15m) is not a secret.
        !/^(\d+\/\d+[smhd]|off)$/.test(value) &&
        !(kind === 'credential assignment' && /^[A-Z][A-Z0-9_]*$/.test(value))
      )
        found.push({ kind, value });
    }
  }
  return found;
}

describe('secrets only from the environment', () => {
  it('should find a planted secret (the scanner works)', () => {
    expect(
      findSecrets(`const JWT_SECRET = "s3cr3t-value-123";\napiKey: 'abcdefgh'\n-----BEGIN RSA PRIVATE KEY-----\nAKIAABCDEFGHIJKLMNOP`).map(
        (f) => f.kind,
      ),
    ).toEqual(['credential assignment', 'credential assignment', 'private key', 'AWS access key']);
    expect(findSecrets(`password: 'liftgraph-demo'`)).toEqual([]);
  });

  it('should find no undocumented secret in any committed file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      // This file plants fake secrets to prove the scanner finds them.
      .filter(
        (f) =>
          f !== '' &&
          f !== 'tools/reliability/test/secrets-and-tokens.test.ts' &&
          !/(^|\/)(pnpm-lock\.yaml|neo4j-jars\.lock)$/.test(f) &&
          /\.(ts|tsx|js|mjs|cjs|json|ya?ml|md|sh|env|example|cypher|toml)$|(^|\/)(Dockerfile[^/]*|\.env\.example|run)$/.test(f),
      );
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((f) => {
      let text: string;
      try {
        text = readFileSync(join(ROOT, f), 'utf8');
      } catch {
        return []; // deleted in the work tree
      }
      return findSecrets(text).map((s) => `${f}: ${s.kind} ${JSON.stringify(s.value)}`);
    });
    expect(problems).toEqual([]);
  });

  it('should refuse the public development JWT secret in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is the public development default/);
    expect(loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).JWT_SECRET).toBe('x'.repeat(40));
    expect(() => loadEnv({ JWT_SECRET: 'too-short' })).toThrow(/JWT_SECRET/);
  });
});

describe('tokens', () => {
  const secret = 'k'.repeat(40);
  const tokens = createTokenService({ secret, ttlSec: 60 });
  const viewer = { userId: 'u1', role: 'COACH' as const, athleteId: null, coachId: 'c1', tokenVersion: 3 };

  it('should sign HS256 tokens that expire after the configured time', async () => {
    const { token, expiresAt } = await tokens.sign(viewer);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256' });
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      exp: number;
      iat: number;
      iss: string;
      aud: string;
    };
    expect(payload.exp - payload.iat).toBe(60);
    expect(Math.abs(expiresAt.getTime() / 1000 - payload.exp)).toBeLessThanOrEqual(1);
    // The token says who and which token version; the API reads the rest from the user on each request.
    expect(await tokens.verify(token)).toEqual({ userId: viewer.userId, tokenVersion: viewer.tokenVersion });
  });

  it('should refuse alg "none", another key, a tampered payload and an expired token', async () => {
    const key = new TextEncoder().encode(secret);
    // Complete claims (with the token version), so each refusal below is for the signature, algorithm or expiry alone.
    const claims = { role: 'ADMIN', athleteId: null, coachId: null, tv: 0 };
    const none = new UnsecuredJWT(claims)
      .setSubject('u1')
      .setIssuer('liftgraph-graphql')
      .setAudience('liftgraph')
      .setExpirationTime('1h')
      .encode();
    expect(await tokens.verify(none)).toBeNull();
    const otherKey = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('liftgraph-graphql')
      .setAudience('liftgraph')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('z'.repeat(40)));
    expect(await tokens.verify(otherKey)).toBeNull();
    const { token } = await tokens.sign(viewer);
    const [h, , s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: 'u1', iss: 'liftgraph-graphql', aud: 'liftgraph', exp: 9_999_999_999 })).toString('base64url')}.${s}`;
    expect(await tokens.verify(forged)).toBeNull();
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('liftgraph-graphql')
      .setAudience('liftgraph')
      .setIssuedAt(1_000)
      .setExpirationTime(2_000)
      .sign(key);
    expect(await tokens.verify(expired)).toBeNull();
    const hs512 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('u1')
      .setIssuer('liftgraph-graphql')
      .setAudience('liftgraph')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('k'.repeat(64)));
    expect(await tokens.verify(hs512)).toBeNull();
  });

  it('should hash passwords with bcrypt cost 10', () => {
    const source = readFileSync(join(ROOT, 'apps/graphql/src/auth/password.ts'), 'utf8');
    expect(source).toMatch(/const COST = 10;/);
  });
});

describe('object properties (OWASP API3)', () => {
  it('should expose no password, hash or secret field in any output type of the schema', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'apps/graphql/schema.graphql'), 'utf8'));
    const exposed = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__'))
      // Root operations that take a password (login, changePassword) are inputs, not output properties.
      .filter((t) => !['Query', 'Mutation', 'Subscription'].includes(t.name))
      .flatMap((t) => Object.keys((t as { getFields: () => Record<string, unknown> }).getFields()).map((f) => `${t.name}.${f}`))
      // PasswordResetLink is the one-time link a coach/admin issues and hands over: its code is the point of the type.
      .filter((f) => /password|hash|secret|credential/i.test(f.split('.')[1] ?? ''));
    expect(exposed).toEqual([]);
    expect(schema.getType('User')).toBeDefined();
  });
});
