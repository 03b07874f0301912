import type { Context } from '../context.js';
import type { RateLimitPolicy } from '../limits/rate-limit-policy.js';
import { LoginThrottle, throttleKey } from './login-throttle.js';

/**
 * Per-address and per-coach limits on the public account operations, counted by the sign-in throttle
 * (Neo4j-backed, shared by replicas). Each attempt counts whether or not it succeeds: a guesser of
 * invite or reset codes gets a few dozen tries per address and quarter of an hour, a person never
 * notices. Configured by RATE_LIMIT_SIGN_UP, RATE_LIMIT_INVITE_CODE, RATE_LIMIT_RESET_PASSWORD and
 * RATE_LIMIT_CREATE_INVITE (env.ts; `off` disables one).
 */
export const ACCOUNT_LIMIT_DEFAULTS = {
  signUp: '10/1h',
  inviteCode: '30/15m',
  resetPassword: '10/15m',
  createInvite: '20/1h',
} as const;

export type AccountLimit = keyof typeof ACCOUNT_LIMIT_DEFAULTS;
export type AccountLimits = Record<AccountLimit, RateLimitPolicy | null>;

const WHAT: Record<AccountLimit, string> = {
  signUp: 'sign-ups from your address',
  inviteCode: 'invite code attempts from your address',
  resetPassword: 'password reset attempts from your address',
  createInvite: 'invites created by this coach',
};

function reserve(ctx: Context, limit: AccountLimit, key: string): Promise<void> {
  const policy = ctx.services.accounts.limits[limit];
  if (policy === null) return Promise.resolve();
  return new LoginThrottle(ctx.repos.db, { maxFailures: policy.max, windowMs: policy.windowMs, what: WHAT[limit] }).reserve(key);
}

/** Counts one attempt of `limit` by the caller's address; throws RATE_LIMITED (with retryAfterSec) when over. */
export function limitByAddress(ctx: Context, limit: Exclude<AccountLimit, 'createInvite'>): Promise<void> {
  return reserve(ctx, limit, throttleKey(ctx.clientIp, `#${limit}`));
}

/** Counts one invite created by this user (a coach or admin). */
export function limitInvitesOf(ctx: Context, userId: string): Promise<void> {
  return reserve(ctx, 'createInvite', throttleKey(`user:${userId}`, '#createInvite'));
}
