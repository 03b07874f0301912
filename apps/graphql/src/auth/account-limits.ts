import type { Context } from '../context.js';
import { LoginThrottle, type ThrottlePolicy, throttleKey } from './login-throttle.js';

const HOUR = 3_600_000;
const QUARTER = 15 * 60_000;

/**
 * Per-address and per-coach limits on the public account operations, counted by the sign-in throttle
 * (Neo4j-backed, shared by replicas). Each attempt counts whether or not it succeeds: a guesser of
 * invite or reset codes gets a few dozen tries per address and quarter of an hour, a person never
 * notices.
 */
export const ACCOUNT_LIMITS = {
  signUp: { maxFailures: 10, windowMs: HOUR, what: 'sign-ups from your address' },
  inviteCode: { maxFailures: 30, windowMs: QUARTER, what: 'invite code attempts from your address' },
  resetPassword: { maxFailures: 10, windowMs: QUARTER, what: 'password reset attempts from your address' },
  createInvite: { maxFailures: 20, windowMs: HOUR, what: 'invites created by this coach' },
} as const satisfies Record<string, ThrottlePolicy>;

export type AccountLimit = keyof typeof ACCOUNT_LIMITS;

/** Counts one attempt of `limit` by the caller's address; throws RATE_LIMITED (with retryAfterSec) when over. */
export function limitByAddress(ctx: Context, limit: Exclude<AccountLimit, 'createInvite'>): Promise<void> {
  return new LoginThrottle(ctx.repos.db, ACCOUNT_LIMITS[limit]).reserve(throttleKey(ctx.clientIp, `#${limit}`));
}

/** Counts one invite created by this user (a coach or admin). */
export function limitInvitesOf(ctx: Context, userId: string): Promise<void> {
  return new LoginThrottle(ctx.repos.db, ACCOUNT_LIMITS.createInvite).reserve(throttleKey(`user:${userId}`, '#createInvite'));
}
