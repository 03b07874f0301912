import type { UserRecord } from '@liftgraph/neo4j';
import type { Context } from '../context.js';
import { type AuthPayloadType, toUserType } from '../modules/auth/auth.type.js';
import { hashSecretCode, newSecretCode } from './secret-code.js';

/**
 * A new session for a user: a short-lived access token carrying the user's token version, and a
 * single-use refresh token (stored hashed) for the same version.
 */
export async function startSession(ctx: Context, user: UserRecord): Promise<AuthPayloadType> {
  const refresh = nextRefreshToken(ctx);
  await ctx.repos.refreshTokens.issue({
    hash: refresh.hash,
    userId: user.id,
    tokenVersion: user.tokenVersion,
    now: new Date().toISOString(),
    expiresAt: refresh.expiresAt.toISOString(),
  });
  return sessionPayload(ctx, user, refresh);
}

/** The answer of a sign-in or refresh: a fresh access token for the user's current version, and the (stored) refresh token. */
export async function sessionPayload(
  ctx: Context,
  user: UserRecord,
  refresh: { token: string; expiresAt: Date },
): Promise<AuthPayloadType> {
  const { token, expiresAt } = await ctx.services.tokens.sign({
    userId: user.id,
    role: user.role,
    athleteId: user.athleteId,
    coachId: user.coachId,
    tokenVersion: user.tokenVersion,
  });
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    refreshToken: refresh.token,
    refreshExpiresAt: refresh.expiresAt.toISOString(),
    user: toUserType(user),
  };
}

/** The refresh token's successor (its hash and expiry), for a rotation. */
export function nextRefreshToken(ctx: Context): { token: string; hash: string; expiresAt: Date } {
  const token = newSecretCode();
  return { token, hash: hashSecretCode(token), expiresAt: new Date(Date.now() + ctx.services.accounts.refreshTtlSec * 1000) };
}
