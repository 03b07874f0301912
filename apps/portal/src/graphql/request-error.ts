/** A GraphQL or transport failure, keyed on the API's `extensions.code` (never on message text). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

export interface GraphQLResponseBody<R> {
  data?: R | null;
  errors?: GraphQLErrorBody[];
}

/** Turns a GraphQL HTTP response body into data or a GraphQLRequestError. */
export function unwrapResponse<R>(status: number, body: GraphQLResponseBody<R>): R {
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', status);
  if (body.data === undefined || body.data === null)
    throw new GraphQLRequestError(`empty response (HTTP ${status})`, 'INTERNAL_SERVER_ERROR', status);
  return body.data;
}

const USER_MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: 'You do not have access to this.',
  BAD_USER_INPUT: 'Please check the values you entered.',
  NOT_FOUND: 'That no longer exists.',
  PLANNER_UNAVAILABLE: 'The planner is not reachable right now. Try again in a moment.',
};

/** A message fit for the UI: the API's own message for input errors, a generic one otherwise. */
export function userMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    if (error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT') return error.message;
    return USER_MESSAGES[error.code] ?? error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
