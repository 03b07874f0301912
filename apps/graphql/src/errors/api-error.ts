/** Errors the API raises itself; `code` is what the edge maps to a GraphQL `extensions.code`. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'PLANNER_UNAVAILABLE' | 'NOT_IMPLEMENTED';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
