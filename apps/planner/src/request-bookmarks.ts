import { BOOKMARK_HEADER, BOOKMARK_TIMEOUT_MESSAGE, BookmarkHeaderError, CausalChain, INVALID_BOOKMARK_MESSAGE, Neo4jStoreError, parseBookmarkHeader } from '@liftgraph/neo4j';

/**
 * Read-your-writes through the planner: the API forwards a request's bookmarks (those its client sent
 * plus those of its own writes) in `x-liftgraph-bookmark`, parsed exactly as the API parses it. The
 * request's chain makes the planner's reads wait for them and collects the bookmarks of its writes.
 */
export type RequestChain = { ok: true; causal: CausalChain } | { ok: false; status: 400; body: BookmarkErrorBody };

export interface BookmarkErrorBody {
  error: 'invalid-bookmark' | 'bookmark-timeout';
  message: string;
  fields?: Array<{ field: string; message: string }>;
}

/** The request's causal chain, or the 400 answer naming the header when it is not a list of bookmarks. */
export function requestChain(header: string | string[] | undefined, waitMs: number): RequestChain {
  const value = Array.isArray(header) ? header.join(',') : header;
  let bookmarks: string[];
  try {
    bookmarks = parseBookmarkHeader(value);
  } catch (error) {
    if (!(error instanceof BookmarkHeaderError)) throw error;
    return { ok: false, status: 400, body: { error: 'invalid-bookmark', message: error.message, fields: [{ field: BOOKMARK_HEADER, message: error.message }] } };
  }
  const causal = new CausalChain(waitMs);
  if (bookmarks.length > 0) causal.waitFor(bookmarks);
  return { ok: true, causal };
}

/** The HTTP answer for a bookmark failure of the store (503 + retry when not reached in time, 400 when Neo4j refuses it); null for any other error. */
export function bookmarkFailure(error: unknown): { status: 400 | 503; body: BookmarkErrorBody } | null {
  if (!(error instanceof Neo4jStoreError)) return null;
  if (error.code === 'BOOKMARK_TIMEOUT') return { status: 503, body: { error: 'bookmark-timeout', message: BOOKMARK_TIMEOUT_MESSAGE } };
  if (error.code === 'INVALID_BOOKMARK') {
    return { status: 400, body: { error: 'invalid-bookmark', message: INVALID_BOOKMARK_MESSAGE, fields: [{ field: BOOKMARK_HEADER, message: INVALID_BOOKMARK_MESSAGE }] } };
  }
  return null;
}
