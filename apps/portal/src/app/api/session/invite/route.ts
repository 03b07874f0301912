import { NextResponse } from 'next/server';
import { AcceptInviteFields, firstIssueMessage } from '~/features/account/account-fields';
import { AcceptInviteDocument } from '~/features/auth/auth.queries';
import { sessionErrorResponse, sessionResponse } from '~/features/auth/session-server';
import type { AcceptInviteMutation, AcceptInviteMutationVariables } from '~/graphql/gql/graphql';
import { callApi } from '~/graphql/server-request';
import { forwardedForHeaders } from '~/server/forwarded-for';

export const dynamic = 'force-dynamic';

/** An invited athlete creates their account from the invite code and is signed in (both session cookies). */
export async function POST(request: Request): Promise<Response> {
  const parsed = AcceptInviteFields.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: firstIssueMessage(parsed.error) }, { status: 400 });
  const { code, email, password, name } = parsed.data;
  try {
    const data = await callApi<AcceptInviteMutation, AcceptInviteMutationVariables>(
      AcceptInviteDocument.toString(),
      { code, email, password, name: name === undefined || name === '' ? null : name },
      undefined,
      forwardedForHeaders(request.headers),
    );
    return sessionResponse(data.acceptInvite, request.url);
  } catch (error) {
    return sessionErrorResponse(error);
  }
}
