import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { serverEnv } from '~/env';
import { accessTokenFor } from '~/features/auth/session-server';
import { BOOKMARK_HEADER } from '~/graphql/client-bookmark';
import { forwardedForHeaders } from '~/server/forwarded-for';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 2_000_000; // CSV imports travel through here

/** Whether the API refused the request's token (expired, revoked by a token-version bump, disabled user). */
function rejectedToken(status: number, text: string): boolean {
  if (status === 401) return true;
  try {
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    return body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? false;
  } catch {
    return false;
  }
}

/**
 * Same-origin GraphQL proxy: forwards the body to the API with the session's access JWT as a bearer token.
 * The browser never sees the tokens (httpOnly cookies) and never needs CORS to reach the API. A missing or
 * expiring access token is refreshed first; one the API rejects is refreshed once and the request sent again
 * (an UNAUTHENTICATED operation did nothing, so resending it is safe). Rotated tokens go back as cookies.
 * The read-your-writes bookmark header travels both ways unchanged (the API validates it).
 */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) {
    return NextResponse.json({ errors: [{ message: 'request too large', extensions: { code: 'BAD_USER_INPUT' } }] }, { status: 413 });
  }
  const jar = await cookies();
  const forwarded = forwardedForHeaders(request.headers);
  const bookmark = request.headers.get(BOOKMARK_HEADER);
  const send = (token: string | undefined) =>
    fetch(serverEnv().GRAPHQL_URL, {
      method: 'POST',
      headers: {
        ...forwarded,
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(bookmark === null ? {} : { [BOOKMARK_HEADER]: bookmark }),
      },
      body,
      cache: 'no-store',
    });
  try {
    const sentToken = await accessTokenFor(jar, request.url, forwarded);
    let upstream = await send(sentToken);
    let text = await upstream.text();
    if (sentToken !== undefined && rejectedToken(upstream.status, text)) {
      const fresh = await accessTokenFor(jar, request.url, forwarded, true);
      if (fresh !== undefined) {
        upstream = await send(fresh);
        text = await upstream.text();
      }
    }
    const written = upstream.headers.get(BOOKMARK_HEADER);
    const headers: Record<string, string> = {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      ...(written === null ? {} : { [BOOKMARK_HEADER]: written }),
    };
    const retryAfter = upstream.headers.get('retry-after');
    if (retryAfter !== null) headers['retry-after'] = retryAfter;
    return new NextResponse(text, { status: upstream.status, headers });
  } catch {
    return NextResponse.json(
      { errors: [{ message: 'the GraphQL API is not reachable', extensions: { code: 'API_UNAVAILABLE' } }] },
      { status: 502 },
    );
  }
}
