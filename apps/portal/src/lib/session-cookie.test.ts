import { describe, expect, it } from 'vitest';
import { accessTokenExpiry, isProtectedPath, needsRefresh, REFRESH_COOKIE, SESSION_COOKIE, sessionCookies } from './session-cookie.js';

/** An unsigned JWT-shaped token with this payload (the portal never verifies; the API does). */
const jwt = (payload: object) => `h.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.s`;

describe('accessTokenExpiry', () => {
  it("should read the token's exp claim", () => {
    expect(accessTokenExpiry(jwt({ exp: 1_800_000_000 }))?.toISOString()).toBe('2027-01-15T08:00:00.000Z');
  });

  it('should give null for a value that is not a JWT with exp', () => {
    expect(accessTokenExpiry('opaque')).toBeNull();
    expect(accessTokenExpiry('a.%%%.b')).toBeNull();
    expect(accessTokenExpiry(jwt({ sub: 'u1' }))).toBeNull();
  });
});

describe('needsRefresh', () => {
  const now = new Date('2026-12-07T08:00:00Z');
  const at = (iso: string) => jwt({ exp: Date.parse(iso) / 1000 });

  it('should keep a token with more than 30 s left', () => {
    expect(needsRefresh(at('2026-12-07T08:10:00Z'), now)).toBe(false);
    expect(needsRefresh(at('2026-12-07T08:00:31Z'), now)).toBe(false);
  });

  it('should refresh a token about to expire, expired, missing or unreadable', () => {
    expect(needsRefresh(at('2026-12-07T08:00:29Z'), now)).toBe(true);
    expect(needsRefresh(at('2026-12-07T07:59:00Z'), now)).toBe(true);
    expect(needsRefresh(undefined, now)).toBe(true);
    expect(needsRefresh('', now)).toBe(true);
    expect(needsRefresh('opaque', now)).toBe(true);
  });
});

describe('sessionCookies', () => {
  it('should set both httpOnly cookies for as long as the refresh token lives', () => {
    const cookies = sessionCookies(
      { token: 'access', expiresAt: '2026-12-07T08:15:00Z', refreshToken: 'refresh', refreshExpiresAt: '2027-01-06T08:00:00Z' },
      false,
    );
    expect(cookies.map((c) => [c.name, c.value])).toEqual([
      [SESSION_COOKIE, 'access'],
      [REFRESH_COOKIE, 'refresh'],
    ]);
    for (const c of cookies) {
      expect(c.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false, path: '/' });
      expect(c.options.expires.toISOString()).toBe('2027-01-06T08:00:00.000Z');
    }
  });
});

describe('isProtectedPath', () => {
  it('should protect the signed-in areas, admin and settings included, and leave the public pages open', () => {
    for (const p of ['/coach', '/coach/athletes/a1', '/athlete', '/admin', '/settings']) expect(isProtectedPath(p), p).toBe(true);
    for (const p of ['/sign-in', '/sign-up', '/invite/abc', '/reset/abc', '/', '/administrator']) expect(isProtectedPath(p), p).toBe(false);
  });
});
