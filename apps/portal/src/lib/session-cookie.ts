/** httpOnly cookie holding the API's short-lived access JWT; scripts cannot read it, the `/api/graphql` proxy attaches it. */
export const SESSION_COOKIE = 'lg_session';

/** httpOnly cookie holding the API's opaque refresh token; only the portal's server sends it, to `refreshSession`. */
export const REFRESH_COOKIE = 'lg_refresh';

/** Paths that need a signed-in user (checked in middleware before anything renders). */
export const PROTECTED_PREFIXES = ['/coach', '/athlete', '/analyst', '/models', '/admin', '/settings'] as const;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** Refresh this long before the access token's own expiry, so a request never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 30_000;

/**
 * When an access token (a JWT) expires, read from its `exp` claim without verifying it: the portal only uses it to
 * decide whether to refresh first; the API verifies every token. null when the value is not a readable JWT.
 */
export function accessTokenExpiry(token: string): Date | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? new Date(json.exp * 1000) : null;
  } catch {
    return null;
  }
}

/** Whether the access token should be refreshed before use: missing, unreadable, or expiring within the margin. */
export function needsRefresh(token: string | undefined, now: Date = new Date()): boolean {
  if (token === undefined || token === '') return true;
  const expiry = accessTokenExpiry(token);
  return expiry === null || expiry.getTime() - now.getTime() < REFRESH_MARGIN_MS;
}

/** The tokens a sign-in, sign-up, invite acceptance, password change or refresh hands out. */
export interface SessionTokens {
  token: string;
  expiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
}

export interface CookieSpec {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; secure: boolean; path: string; expires: Date };
}

/**
 * The two cookies of a session. The access cookie lives as long as the refresh token (not the JWT): its expiry is
 * read from the JWT itself, and keeping it lets the portal tell "expired" from "never signed in".
 */
export function sessionCookies(tokens: SessionTokens, secure: boolean): CookieSpec[] {
  const base = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
  const refreshExpires = new Date(tokens.refreshExpiresAt);
  return [
    { name: SESSION_COOKIE, value: tokens.token, options: { ...base, expires: refreshExpires } },
    { name: REFRESH_COOKIE, value: tokens.refreshToken, options: { ...base, expires: refreshExpires } },
  ];
}
