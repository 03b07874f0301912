import { type NextRequest, NextResponse } from 'next/server';
import { refreshSession, setSessionCookies, clearSessionCookies } from '~/features/auth/session-server';
import { isProtectedPath, needsRefresh, REFRESH_COOKIE, SESSION_COOKIE } from '~/lib/session-cookie';
import { forwardedForHeaders } from '~/server/forwarded-for';

function toSignIn(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

/**
 * Before a signed-in page renders: visitors without a session go to sign-in; a session whose access token has run
 * out (or is about to) is refreshed here, so the page's server-side requests already carry the new token (set on the
 * request) and the browser gets the rotated cookies (set on the response). Server components cannot set cookies.
 */
export async function middleware(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const protectedPath = isProtectedPath(pathname);
  const refresh = request.cookies.get(REFRESH_COOKIE)?.value;
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (refresh === undefined) return protectedPath && token === undefined ? toSignIn(request) : NextResponse.next();
  if (!needsRefresh(token)) return NextResponse.next();
  let session: Awaited<ReturnType<typeof refreshSession>>;
  try {
    session = await refreshSession(refresh, forwardedForHeaders(request.headers));
  } catch {
    return NextResponse.next(); // the API is down: the page shows its own "not answering" state
  }
  if (session === null) {
    const res = protectedPath ? toSignIn(request) : NextResponse.next();
    clearSessionCookies(res.cookies);
    return res;
  }
  request.cookies.set(SESSION_COOKIE, session.token);
  request.cookies.set(REFRESH_COOKIE, session.refreshToken);
  const res = NextResponse.next({ request: { headers: request.headers } });
  setSessionCookies(res.cookies, session, request.url);
  return res;
}

export const config = {
  runtime: 'nodejs',
  matcher: ['/', '/coach/:path*', '/athlete/:path*', '/analyst/:path*', '/models/:path*', '/admin/:path*', '/settings/:path*'],
};
