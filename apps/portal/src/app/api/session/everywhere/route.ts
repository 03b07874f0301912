import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { SignOutEverywhereDocument } from '~/features/auth/auth.queries';
import { accessTokenFor, clearSessionCookies, sessionErrorResponse } from '~/features/auth/session-server';
import type { SignOutEverywhereMutation } from '~/graphql/gql/graphql';
import { callApi } from '~/graphql/server-request';
import { forwardedForHeaders } from '~/server/forwarded-for';

export const dynamic = 'force-dynamic';

/** Sign out everywhere: the API invalidates every token of the user (token version bump); this browser's cookies go too. */
export async function POST(request: Request): Promise<Response> {
  const jar = await cookies();
  const headers = forwardedForHeaders(request.headers);
  try {
    const token = await accessTokenFor(jar, request.url, headers);
    await callApi<SignOutEverywhereMutation, Record<string, never>>(SignOutEverywhereDocument.toString(), {}, token, headers);
  } catch (error) {
    return sessionErrorResponse(error);
  }
  clearSessionCookies(jar);
  return NextResponse.json({ ok: true });
}
