import { BOOKMARK_HEADER, keepTabBookmark, tabBookmark } from './client-bookmark';
import type { TypedDocumentString } from './gql/graphql';
import { type GraphQLResponseBody, GraphQLRequestError, unwrapResponse } from './request-error';

/** Runs a typed operation; the query text comes from codegen, the variables are checked against it. */
export type GqlRequest = <R, V>(document: TypedDocumentString<R, V>, variables: V) => Promise<R>;

/**
 * Browser fetcher. It posts to the portal's own `/api/graphql` route, which adds the JWT from the
 * httpOnly session cookie and forwards to the API, so the token is never readable by scripts. It
 * sends the tab's latest write bookmark and keeps the one a response brings (client-bookmark.ts).
 */
export const gqlRequest: GqlRequest = async (document, variables) => {
  const bookmark = tabBookmark();
  const res = await fetch('/api/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(bookmark === null ? {} : { [BOOKMARK_HEADER]: bookmark }),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
    credentials: 'same-origin',
  });
  let body: GraphQLResponseBody<never>;
  try {
    body = (await res.json()) as GraphQLResponseBody<never>;
  } catch {
    keepTabBookmark(res.status, res.headers.get(BOOKMARK_HEADER), undefined);
    throw new GraphQLRequestError(
      `the API answered HTTP ${res.status} without JSON`,
      res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR',
      res.status,
    );
  }
  keepTabBookmark(res.status, res.headers.get(BOOKMARK_HEADER), body.errors?.[0]?.extensions?.code);
  return unwrapResponse(res.status, body);
};
