import { isServer, QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from '~/graphql/request-error';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Auth and input errors will not fix themselves; transport hiccups may.
        retry: (count, error) =>
          !(error instanceof GraphQLRequestError && ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND'].includes(error.code)) &&
          count < 2,
      },
      dehydrate: { shouldDehydrateQuery: (q) => q.state.status === 'success' || q.state.status === 'pending' },
    },
  });
}

let browserClient: QueryClient | undefined;

/** A new client per request on the server; one shared client in the browser. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
