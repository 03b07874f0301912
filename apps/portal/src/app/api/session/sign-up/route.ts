import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { SignUpDocument } from '~/features/auth/auth.queries';
import { sessionErrorResponse, sessionResponse } from '~/features/auth/session-server';
import type { SignUpMutation } from '~/graphql/gql/graphql';
import { callApi } from '~/graphql/server-request';
import { forwardedForHeaders } from '~/server/forwarded-for';
import { firstIssueMessage, SignUpFields } from '~/features/account/account-fields';

export const dynamic = 'force-dynamic';

/** Coach sign-up: a new organisation with its first coach, signed in at once (both session cookies). */
export async function POST(request: Request): Promise<Response> {
  const parsed = SignUpFields.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: firstIssueMessage(parsed.error) }, { status: 400 });
  try {
    const data = await callApi<SignUpMutation, { input: z.infer<typeof SignUpFields> }>(
      SignUpDocument.toString(),
      { input: parsed.data },
      undefined,
      forwardedForHeaders(request.headers),
    );
    return sessionResponse(data.signUp, request.url);
  } catch (error) {
    return sessionErrorResponse(error);
  }
}
