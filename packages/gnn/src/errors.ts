/** Error codes of `@liftgraph/gnn`; each names the invariant that was violated. */
export type GnnErrorCode =
  'BAD_GRAPH' | 'BAD_FEATURES' | 'BAD_EDGE_INDEX' | 'BAD_CONFIG' | 'BAD_INPUT' | 'BACKEND' | 'TOO_LARGE' | 'INTERNAL';

/** The one error class of the package; messages quote the offending value and how to fix it. */
export class GnnError extends Error {
  override readonly name = 'GnnError';
  constructor(
    readonly code: GnnErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
