import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { ChangePasswordFields, firstIssueMessage } from '~/features/account/account-fields';
import { ChangePasswordDocument } from '~/features/auth/auth.queries';
import { accessTokenFor, sessionErrorResponse, sessionResponse } from '~/features/auth/session-server';
import type { ChangePasswordMutation, ChangePasswordMutationVariables } from '~/graphql/gql/graphql';
import { callApi } from '~/graphql/server-request';
import { forwardedForHeaders } from '~/server/forwarded-for';

export const dynamic = 'force-dynamic';

/**
 * Change password. The API ends every other session (token version bump) and answers with fresh tokens for this
 * one, which replace the cookies here so this browser stays signed in.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = ChangePasswordFields.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: firstIssueMessage(parsed.error) }, { status: 400 });
  const token = await accessTokenFor(await cookies(), request.url, forwardedForHeaders(request.headers));
  try {
    const data = await callApi<ChangePasswordMutation, ChangePasswordMutationVariables>(
      ChangePasswordDocument.toString(),
      parsed.data,
      token,
      forwardedForHeaders(request.headers),
    );
    return sessionResponse(data.changePassword, request.url);
  } catch (error) {
    return sessionErrorResponse(error, { unauthenticated: 'The current password is wrong, or your session has ended.' });
  }
}
