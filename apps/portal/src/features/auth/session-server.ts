import { NextResponse } from 'next/server';
import { serverEnv } from '~/env';
import type { SessionPayloadFragment } from '~/graphql/gql/graphql';
import { callApi } from '~/graphql/server-request';
import { GraphQLRequestError } from '~/graphql/request-error';
import { type CookieSpec, needsRefresh, REFRESH_COOKIE, SESSION_COOKIE, sessionCookies } from '~/lib/session-cookie';
import { RefreshSessionDocument } from './auth.queries';

/*
 * The portal server's side of a session: the cookies it sets and the one refresh it makes per refresh token.
 * Used by the session route handlers, the GraphQL proxy and the middleware (all Node, one process).
 */

/** Cookies are Secure when the portal is served over https in production. */
export function secureCookies(requestUrl: string): boolean {
  return serverEnv().NODE_ENV === 'production' && requestUrl.startsWith('https:');
}

interface CookieJar {
  set: (name: string, value: string, options: CookieSpec['options']) => unknown;
  delete: (name: string) => unknown;
}

export function setSessionCookies(jar: CookieJar, session: SessionPayloadFragment, requestUrl: string): void {
  for (const c of sessionCookies(session, secureCookies(requestUrl))) jar.set(c.name, c.value, c.options);
}

export function clearSessionCookies(jar: CookieJar): void {
  jar.delete(SESSION_COOKIE);
  jar.delete(REFRESH_COOKIE);
}

/** A started session as the browser gets it: the user in the body, the tokens only in httpOnly cookies. */
export function sessionResponse(session: SessionPayloadFragment, requestUrl: string): NextResponse {
  const res = NextResponse.json({ user: session.user });
  setSessionCookies(res.cookies, session, requestUrl);
  return res;
}

/** An API failure of a session route as `{ error }` with a status the form can show. */
export function sessionErrorResponse(error: unknown, messages: { unauthenticated?: string } = {}): NextResponse {
  if (error instanceof GraphQLRequestError) {
    if (error.code === 'UNAUTHENTICATED')
      return NextResponse.json({ error: messages.unauthenticated ?? 'Your session has ended. Sign in again.' }, { status: 401 });
    if (error.code === 'RATE_LIMITED') return NextResponse.json({ error: `Too many attempts: ${error.message}.` }, { status: 429 });
    if (error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT' || error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')
      return NextResponse.json({ error: error.message }, { status: 400 });
  }
  return NextResponse.json({ error: 'The API is not reachable right now.' }, { status: 502 });
}

/** How long a refresh's answer is kept for requests that arrive with the same (now used) refresh token. */
const REUSE_WINDOW_MS = 60_000;

interface Pending {
  result: Promise<SessionPayloadFragment | null>;
  at: number;
}

// One map per process (globalThis: the middleware and the route handlers are separate bundles of the same server).
const PENDING_KEY = Symbol.for('liftgraph.portal.pendingRefreshes');
function pendingRefreshes(): Map<string, Pending> {
  const g = globalThis as Record<symbol, Map<string, Pending> | undefined>;
  g[PENDING_KEY] ??= new Map();
  return g[PENDING_KEY];
}

/**
 * Exchanges a refresh token for new tokens (the API rotates it: the old one is used up). Requests that arrive
 * together with the same expired session share one call — a second call with the used token would look like a
 * stolen token to the API and end every session of the user. null when the API refuses the token (expired,
 * used, revoked); throws when the API cannot be reached.
 */
export function refreshSession(refreshToken: string, headers: Record<string, string> = {}): Promise<SessionPayloadFragment | null> {
  const pending = pendingRefreshes();
  const now = Date.now();
  for (const [key, p] of pending) if (now - p.at > REUSE_WINDOW_MS) pending.delete(key);
  const known = pending.get(refreshToken);
  if (known) return known.result;
  const result = callApi<{ refreshSession: SessionPayloadFragment }, { refreshToken: string }>(
    RefreshSessionDocument.toString(),
    { refreshToken },
    undefined,
    headers,
  ).then(
    (d) => d.refreshSession,
    (error: unknown) => {
      if (error instanceof GraphQLRequestError && ['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(error.code)) return null;
      pending.delete(refreshToken); // a transport failure may pass: let the next request try again
      throw error;
    },
  );
  pending.set(refreshToken, { result, at: now });
  return result;
}

interface ReadableCookieJar extends CookieJar {
  get: (name: string) => { value: string } | undefined;
}

/**
 * The access token to send for this request: the cookie's, or — when it is missing or about to expire and a
 * refresh token is there — a fresh one (rotated cookies set on `jar`). `force` refreshes even a token that looks
 * valid (the API has just rejected it). Cookies are cleared when the API refuses the refresh token.
 */
export async function accessTokenFor(
  jar: ReadableCookieJar,
  requestUrl: string,
  headers: Record<string, string>,
  force = false,
): Promise<string | undefined> {
  const token = jar.get(SESSION_COOKIE)?.value;
  const refresh = jar.get(REFRESH_COOKIE)?.value;
  if (refresh === undefined || (!force && !needsRefresh(token))) return token;
  const session = await refreshSession(refresh, headers);
  if (session === null) {
    clearSessionCookies(jar);
    return undefined;
  }
  setSessionCookies(jar, session, requestUrl);
  return session.token;
}
