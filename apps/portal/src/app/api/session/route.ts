import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { LoginDocument } from '~/features/auth/auth.queries';
import type { LoginMutation } from '~/graphql/gql/graphql';
import { callApi } from '~/graphql/server-request';
import { GraphQLRequestError } from '~/graphql/request-error';
import { serverEnv } from '~/env';
import { SESSION_COOKIE } from '~/lib/session-cookie';
import { forwardedForHeaders } from '~/server/forwarded-for';

export const dynamic = 'force-dynamic';

const Credentials = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(200) });

/** Sign in: exchange credentials for the API's JWT and keep it in an httpOnly, SameSite=Lax cookie. */
export async function POST(request: Request): Promise<Response> {
  const parsed = Credentials.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Enter your e-mail and password.' }, { status: 400 });
  try {
    // The browser's address travels on (X-Forwarded-For) so the API's sign-in limit counts per browser, not per portal.
    const data = await callApi<LoginMutation, typeof parsed.data>(
      LoginDocument.toString(),
      parsed.data,
      undefined,
      forwardedForHeaders(request.headers),
    );
    const { token, expiresAt, user } = data.login;
    (await cookies()).set(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: serverEnv().NODE_ENV === 'production' && request.url.startsWith('https:'),
      path: '/',
      expires: new Date(expiresAt),
    });
    return NextResponse.json({ user });
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
      return NextResponse.json({ error: 'Wrong e-mail or password.' }, { status: 401 });
    }
    if (error instanceof GraphQLRequestError && error.code === 'RATE_LIMITED') {
      return NextResponse.json({ error: `Too many failed sign-ins: ${error.message}.` }, { status: 429 });
    }
    return NextResponse.json({ error: 'The API is not reachable right now.' }, { status: 502 });
  }
}

/** Sign out: drop the cookie (the JWT simply expires on the API side). */
export async function DELETE(): Promise<Response> {
  (await cookies()).delete(SESSION_COOKIE);
  return NextResponse.json({ ok: true });
}
