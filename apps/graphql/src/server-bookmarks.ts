/**
 * The `x-liftgraph-bookmark` header: read-your-writes across API replicas. A response whose request
 * wrote to Neo4j carries the bookmarks of those writes; a client that sends them back on its next
 * request (to any replica) gets reads and writes that wait until the database has reached them.
 * Values are Neo4j bookmarks, opaque to clients, comma-separated when there are several.
 */
export const BOOKMARK_HEADER = 'x-liftgraph-bookmark';
export const MAX_BOOKMARK_HEADER_CHARS = 2_048;
export const MAX_BOOKMARKS = 8;
const MAX_BOOKMARK_CHARS = 256;
// Neo4j 5 bookmarks are `FB:` + base64; the class leaves room for other servers' formats.
const BOOKMARK = /^[A-Za-z0-9+/=:._-]+$/;

const FIX = `Send back the value of the latest ${BOOKMARK_HEADER} response header unchanged, or send no ${BOOKMARK_HEADER} header.`;

/** The request header is not a list of bookmarks; the message names the header, the problem and the fix. */
export class BookmarkHeaderError extends Error {
  override readonly name = 'BookmarkHeaderError';
}

/** The bookmarks of a request header (none when absent or blank); throws BookmarkHeaderError on anything else. */
export function parseBookmarkHeader(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  if (value.length > MAX_BOOKMARK_HEADER_CHARS) {
    throw new BookmarkHeaderError(
      `${BOOKMARK_HEADER} is ${value.length} characters long; at most ${MAX_BOOKMARK_HEADER_CHARS} are accepted. ${FIX}`,
    );
  }
  const entries = value.split(',').map((entry) => entry.trim());
  if (entries.length > MAX_BOOKMARKS) {
    throw new BookmarkHeaderError(`${BOOKMARK_HEADER} holds ${entries.length} bookmarks; at most ${MAX_BOOKMARKS} are accepted. ${FIX}`);
  }
  entries.forEach((entry, i) => {
    if (entry.length === 0 || entry.length > MAX_BOOKMARK_CHARS || !BOOKMARK.test(entry)) {
      throw new BookmarkHeaderError(
        `${BOOKMARK_HEADER} entry ${i + 1} of ${entries.length} is not a bookmark (expected 1–${MAX_BOOKMARK_CHARS} characters of A–Z a–z 0–9 + / = : . _ -, entries separated by commas). ${FIX}`,
      );
    }
  });
  return [...new Set(entries)];
}

/** The response header value for a request's write bookmarks; undefined when it wrote nothing. */
export function formatBookmarkHeader(bookmarks: readonly string[]): string | undefined {
  return bookmarks.length === 0 ? undefined : bookmarks.slice(-MAX_BOOKMARKS).join(', ');
}

/** Said when the database did not reach the client's bookmarks within the configured wait. */
export const BOOKMARK_TIMEOUT_MESSAGE =
  `The database has not yet reached the writes named in the ${BOOKMARK_HEADER} request header (waited NEO4J_BOOKMARK_WAIT_MS). ` +
  'Retry shortly; if the bookmark comes from another deployment or from before a database restore, send the request without the header.';

/** Said when Neo4j cannot use a bookmark that passed the format check. */
export const INVALID_BOOKMARK_MESSAGE = `The database does not recognise a bookmark in the ${BOOKMARK_HEADER} request header. ${FIX}`;
