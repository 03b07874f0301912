import { cookies } from 'next/headers';
import { serverEnv } from '~/env';
import { SESSION_COOKIE } from '~/lib/session-cookie';
import type { GqlRequest } from './client';
import { type GraphQLResponseBody, unwrapResponse } from './request-error';

/** Calls the API directly from the server with an explicit token (route handlers, server components). */
export async function callApi<R, V>(
  query: string,
  variables: V,
  token: string | undefined,
  headers: Record<string, string> = {},
): Promise<R> {
  const res = await fetch(serverEnv().GRAPHQL_URL, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    cache: 'no-store',
  });
  return unwrapResponse(res.status, (await res.json()) as GraphQLResponseBody<R>);
}

/** The server-component twin of gqlRequest: same documents, the token from the session cookie. */
export const serverGqlRequest: GqlRequest = async (document, variables) => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return callApi(document.toString(), variables, token);
};
