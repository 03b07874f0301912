/** At most this many write bookmarks are kept per chain (one database: the newest covers the rest). */
export const MAX_WRITTEN = 4;

/**
 * One caller's causal chain across processes (an API request): the bookmarks its transactions must
 * wait for (handed back by a client from an earlier response, possibly served by another process)
 * and the bookmarks its own write transactions produced (to hand to the client).
 *
 * Bookmarks are opaque strings; this package never parses them and never reads HTTP: the app
 * passes them in (`waitFor`) and takes them out (`written`).
 */
export class CausalChain {
  private awaited: readonly string[] = [];
  private readonly writes: string[] = [];
  /** Set once the first transaction of the chain has reached `awaited` (see `reachBookmarks` in tx.ts). */
  reached: Promise<void> | undefined;

  /** @param waitMs how long a transaction may wait for the database to reach `awaited` before BOOKMARK_TIMEOUT. */
  constructor(readonly waitMs: number) {
    if (!Number.isInteger(waitMs) || waitMs < 1) throw new RangeError(`waitMs must be a positive integer of milliseconds; got ${waitMs}`);
  }

  /** Every later transaction of this chain waits until the database has applied these bookmarks. */
  waitFor(bookmarks: readonly string[]): void {
    this.awaited = [...bookmarks];
    this.reached = undefined;
  }

  /** The bookmarks this chain's transactions wait for (those passed to `waitFor`). */
  get awaitedBookmarks(): readonly string[] {
    return this.awaited;
  }

  /** Records the bookmarks a committed write transaction returned. */
  recordWrite(bookmarks: Iterable<string>): void {
    for (const b of bookmarks) {
      if (!this.writes.includes(b)) this.writes.push(b);
    }
    // A later bookmark of the same database supersedes an earlier one; keep the newest few.
    if (this.writes.length > MAX_WRITTEN) this.writes.splice(0, this.writes.length - MAX_WRITTEN);
  }

  /** Bookmarks of this chain's committed writes (the newest `MAX_WRITTEN`), oldest first; empty when it wrote nothing. */
  written(): string[] {
    return [...this.writes];
  }
}

/**
 * Caps how many bookmark probes of one process may be waiting on the server at once. A probe abandoned
 * at its deadline keeps its connection until the server gives up (`db.transaction.bookmark_ready_timeout`,
 * 30 s by default), so without a cap a client sending bookmarks the database never reaches could hold
 * the whole connection pool. A slot is freed when the server answers, not at the deadline.
 */
export class BookmarkWaitSlots {
  private busy = 0;

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a positive integer; got ${max}`);
  }

  /** True and one slot taken, or false when all `max` are in use. */
  tryTake(): boolean {
    if (this.busy >= this.max) return false;
    this.busy += 1;
    return true;
  }

  give(): void {
    this.busy = Math.max(0, this.busy - 1);
  }

  get inUse(): number {
    return this.busy;
  }
}
