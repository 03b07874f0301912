/**
 * Read-your-writes across API replicas: the API answers a request that wrote with the header
 * `x-liftgraph-bookmark`; this tab keeps the latest value and sends it with every request, so the
 * replica that serves the next read waits until it sees the write. Kept in sessionStorage (one per
 * tab, survives a reload), in memory where storage is unavailable. The value is opaque.
 */
export const BOOKMARK_HEADER = 'x-liftgraph-bookmark';
const STORAGE_KEY = 'liftgraph.bookmark';

let inMemory: string | null = null;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled (privacy settings): fall back to memory
  }
}

/** The bookmark this tab sends, or null before its first write. */
export function tabBookmark(): string | null {
  return storage()?.getItem(STORAGE_KEY) ?? inMemory;
}

/**
 * Updates the tab's bookmark from a response: a new value replaces the old one; a 400 or a 503
 * BOOKMARK_TIMEOUT forgets it, so a bookmark the database cannot reach (another deployment, a restore)
 * never wedges the tab. Other responses leave it as it is.
 */
export function keepTabBookmark(status: number, header: string | null, code: string | undefined): void {
  if (header !== null && header.trim() !== '') {
    inMemory = header;
    storage()?.setItem(STORAGE_KEY, header);
  } else if (status === 400 || code === 'BOOKMARK_TIMEOUT') {
    inMemory = null;
    storage()?.removeItem(STORAGE_KEY);
  }
}
