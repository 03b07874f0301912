import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { LoginDocument } from '~/features/auth/auth.queries';
import { clearSessionCookies, sessionErrorResponse, sessionResponse } from '~/features/auth/session-server';
import type { LoginMutation } from '~/graphql/gql/graphql';
import { callApi } from '~/graphql/server-request';
import { forwardedForHeaders } from '~/server/forwarded-for';

export const dynamic = 'force-dynamic';

const Credentials = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(200) });

/**
 * Sign in: exchange credentials for the API's short-lived access JWT and its refresh token, both kept in
 * httpOnly, SameSite=Lax cookies (the GraphQL proxy refreshes the pair when the JWT runs out).
 */
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
    return sessionResponse(data.login, request.url);
  } catch (error) {
    return sessionErrorResponse(error, { unauthenticated: 'Wrong e-mail or password.' });
  }
}

/** Sign out of this browser: drop both cookies (the refresh token then expires unused on the API side). */
export async function DELETE(): Promise<Response> {
  clearSessionCookies(await cookies());
  return NextResponse.json({ ok: true });
}
