import type { GraphDb } from '../graph-db.js';
import { toNeo4jInt, toNullableNumber, toStringValue } from '../integer.mapper.js';
import { writeTx } from '../tx.js';
import { BUMP_TOKEN_VERSION } from '../user/user.cypher.js';
import { CREATE_REFRESH_TOKEN, LOCK_REFRESH_TOKEN, PRUNE_REFRESH_TOKENS, READ_REFRESH_TOKEN, USE_REFRESH_TOKEN } from './team.cypher.js';

export interface NewRefreshToken {
  hash: string;
  userId: string;
  tokenVersion: number;
  now: string;
  expiresAt: string;
}

/**
 * 'rotated': the old token is spent and `next` stored for the same user and version. 'reused': a spent
 * token came back (stolen, or replayed) — the user's token version was bumped, ending all their sessions.
 * 'invalid': unknown, expired, of an older version, or the user is gone or disabled.
 */
export type RotateOutcome =
  { kind: 'rotated'; userId: string; tokenVersion: number } | { kind: 'reused'; userId: string } | { kind: 'invalid' };

/** Opaque refresh tokens, stored by their sha256 only, rotated on every use. */
export class RefreshTokenRepository {
  constructor(private readonly db: GraphDb) {}

  /** Stores a new token (and drops the user's expired ones). */
  async issue(t: NewRefreshToken): Promise<void> {
    await writeTx(this.db, 'refreshToken.issue', async (tx) => {
      await tx.run(PRUNE_REFRESH_TOKENS, { userId: t.userId, now: t.now });
      await tx.run(CREATE_REFRESH_TOKEN, { ...t, tokenVersion: toNeo4jInt(t.tokenVersion, 'tokenVersion') });
    });
  }

  /** Spends `hash` and stores `next` in one transaction holding the old token's lock (a parallel replay is a reuse). */
  rotate(hash: string, next: { hash: string; expiresAt: string }, now: string): Promise<RotateOutcome> {
    return writeTx(this.db, 'refreshToken.rotate', async (tx): Promise<RotateOutcome> => {
      if ((await tx.run(LOCK_REFRESH_TOKEN, { hash })).records.length === 0) return { kind: 'invalid' };
      const r = (await tx.run(READ_REFRESH_TOKEN, { hash, now })).records[0];
      if (r === undefined || r.get('userExists') !== true) return { kind: 'invalid' };
      const userId = toStringValue(r.get('userId'), 'refreshToken.userId');
      const version = toNullableNumber(r.get('tokenVersion'), 'refreshToken.tokenVersion');
      const current = toNullableNumber(r.get('userTokenVersion'), 'user.tokenVersion') ?? 0;
      if (r.get('used') === true) {
        // Only a token of the live version can still end sessions; an older one finds them ended already.
        if (version === current) await tx.run(BUMP_TOKEN_VERSION, { id: userId });
        return { kind: 'reused', userId };
      }
      if (r.get('live') !== true || version !== current || r.get('disabled') === true) return { kind: 'invalid' };
      await tx.run(USE_REFRESH_TOKEN, { hash, now });
      await tx.run(CREATE_REFRESH_TOKEN, {
        hash: next.hash,
        userId,
        tokenVersion: toNeo4jInt(current, 'tokenVersion'),
        now,
        expiresAt: next.expiresAt,
      });
      return { kind: 'rotated', userId, tokenVersion: current };
    });
  }
}
