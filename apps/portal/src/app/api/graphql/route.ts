import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { serverEnv } from '~/env';
import { BOOKMARK_HEADER } from '~/graphql/client-bookmark';
import { SESSION_COOKIE } from '~/lib/session-cookie';
import { forwardedForHeaders } from '~/server/forwarded-for';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 2_000_000; // CSV imports travel through here

/**
 * Same-origin GraphQL proxy: forwards the body to the API with the session's JWT as a bearer token.
 * The browser never sees the token (httpOnly cookie) and never needs CORS to reach the API.
 * The read-your-writes bookmark header travels both ways unchanged (the API validates it).
 */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) {
    return NextResponse.json({ errors: [{ message: 'request too large', extensions: { code: 'BAD_USER_INPUT' } }] }, { status: 413 });
  }
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const bookmark = request.headers.get(BOOKMARK_HEADER);
  try {
    const upstream = await fetch(serverEnv().GRAPHQL_URL, {
      method: 'POST',
      headers: {
        ...forwardedForHeaders(request.headers),
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(bookmark === null ? {} : { [BOOKMARK_HEADER]: bookmark }),
      },
      body,
      cache: 'no-store',
    });
    const written = upstream.headers.get(BOOKMARK_HEADER);
    const headers: Record<string, string> = {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      ...(written === null ? {} : { [BOOKMARK_HEADER]: written }),
    };
    const retryAfter = upstream.headers.get('retry-after');
    if (retryAfter !== null) headers['retry-after'] = retryAfter;
    return new Response(await upstream.text(), { status: upstream.status, headers });
  } catch {
    return NextResponse.json(
      { errors: [{ message: 'the GraphQL API is not reachable', extensions: { code: 'API_UNAVAILABLE' } }] },
      { status: 502 },
    );
  }
}
