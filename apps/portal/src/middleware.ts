import { type NextRequest, NextResponse } from 'next/server';
import { isProtectedPath, SESSION_COOKIE } from '~/lib/session-cookie';

/** Sends visitors without a session to sign-in before a protected page renders. */
export function middleware(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (isProtectedPath(pathname) && !request.cookies.has(SESSION_COOKIE)) {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ['/coach/:path*', '/athlete/:path*', '/analyst/:path*', '/models/:path*'] };
