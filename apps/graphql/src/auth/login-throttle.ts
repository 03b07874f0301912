import { createHash } from 'node:crypto';
import { type GraphDb, toNumber, writeTx } from '@liftgraph/neo4j';
import { GraphQLError } from 'graphql';
import { CLEAR_ATTEMPTS, PRUNE_EXPIRED, RESERVE_ATTEMPT } from './login-throttle.cypher.js';

export interface ThrottlePolicy {
  /** Sign-in attempts without a success allowed per key within the window. */
  maxFailures: number;
  windowMs: number;
  /** What was tried too often, for the message (`too many <what>; try again in N s`). */
  what: string;
}

/** OWASP's usual advice: a handful of tries, then a quarter of an hour. */
export const LOGIN_POLICY: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  what: 'failed sign-ins for this e-mail from your address',
};

/** The typed error of a throttled attempt: `extensions.code` RATE_LIMITED and `extensions.retryAfterSec`. */
export function rateLimited(retryAfterSec: number, what: string = LOGIN_POLICY.what): GraphQLError {
  return new GraphQLError(`too many ${what}; try again in ${retryAfterSec} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSec },
  });
}

/**
 * The stored key: a hash, so neither addresses nor e-mails are kept in the throttle nodes. `subject`
 * is the e-mail of a sign-in, or the name of a limited action (`#signUp`) for per-address limits.
 */
export const throttleKey = (clientIp: string, subject: string): string =>
  createHash('sha256').update(`${clientIp}\u0000${subject.trim().toLowerCase()}`).digest('hex');

/**
 * Sign-in rate limiting per (client address, e-mail), with its state in Neo4j so every API replica
 * sees the same count. Each attempt is reserved before the password is checked (so a burst of
 * parallel guesses cannot slip past the limit); a success clears the key. The count is a sliding
 * window: the oldest failure leaving the window frees one attempt.
 */
export class LoginThrottle {
  constructor(
    private readonly db: GraphDb,
    private readonly policy: ThrottlePolicy = LOGIN_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; throws RATE_LIMITED (with the seconds until the next attempt is allowed) when over the limit. */
  async reserve(key: string): Promise<void> {
    const now = this.now();
    const result = await writeTx(
      this.db,
      'login.reserve',
      async (tx) =>
        (await tx.run(RESERVE_ATTEMPT, { key, now, since: now - this.policy.windowMs, max: this.policy.maxFailures })).records[0],
    );
    if (result?.get('blocked') !== true) return;
    const oldest = toNumber(result.get('oldest'), 'oldest');
    throw rateLimited(Math.max(1, Math.ceil((oldest + this.policy.windowMs - now) / 1000)), this.policy.what);
  }

  /** A successful sign-in: forget the failures of this key. */
  async clear(key: string): Promise<void> {
    await writeTx(this.db, 'login.clear', (tx) => tx.run(CLEAR_ATTEMPTS, { key }));
  }

  /** Removes keys idle for longer than the window (housekeeping; safe to call any time). */
  async prune(): Promise<void> {
    const since = this.now() - this.policy.windowMs;
    await writeTx(this.db, 'login.prune', (tx) => tx.run(PRUNE_EXPIRED, { since }));
  }
}
