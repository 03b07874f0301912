import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenService } from './token.js';

const secret = 'a-test-secret-of-at-least-32-characters!';
const subject = { userId: 'u1', role: 'COACH' as const, athleteId: null, coachId: 'c1', tokenVersion: 3 };

describe('access tokens', () => {
  it('should carry the token version and expire after the configured lifetime', async () => {
    const tokens = createTokenService({ secret, ttlSec: 900 });
    const before = Date.now();
    const { token, expiresAt } = await tokens.sign(subject);
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(899_000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(901_000);
    expect(await tokens.verify(token)).toEqual({ userId: 'u1', tokenVersion: 3 });
  });

  it('should refuse a token without a numeric tv, from another key, or expired', async () => {
    const tokens = createTokenService({ secret, ttlSec: 900 });
    const key = new TextEncoder().encode(secret);
    const base = () =>
      new SignJWT({ role: 'COACH' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('u1')
        .setIssuer('liftgraph-graphql')
        .setAudience('liftgraph');
    expect(await tokens.verify(await base().setExpirationTime('5m').sign(key))).toBeNull();
    expect(
      await tokens.verify(
        await new SignJWT({ tv: '3' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('u1')
          .setIssuer('liftgraph-graphql')
          .setAudience('liftgraph')
          .setExpirationTime('5m')
          .sign(key),
      ),
    ).toBeNull();
    const other = createTokenService({ secret: 'another-secret-of-at-least-32-characters', ttlSec: 900 });
    expect(await tokens.verify((await other.sign(subject)).token)).toBeNull();
    const expired = await new SignJWT({ tv: 3 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('liftgraph-graphql')
      .setAudience('liftgraph')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(key);
    expect(await tokens.verify(expired)).toBeNull();
  });
});
