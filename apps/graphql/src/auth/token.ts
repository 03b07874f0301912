import type { UserRole } from '@liftgraph/neo4j';
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'liftgraph-graphql';
const AUDIENCE = 'liftgraph';

/** What an access token says about its holder; the API trusts it only while `tokenVersion` matches the user's. */
export interface AccessClaims {
  userId: string;
  tokenVersion: number;
}

export interface TokenSubject extends AccessClaims {
  role: UserRole;
  athleteId: string | null;
  coachId: string | null;
}

export interface TokenService {
  /** A short-lived access token (ACCESS_TOKEN_TTL_SEC) carrying the user's token version as `tv`. */
  sign(subject: TokenSubject): Promise<{ token: string; expiresAt: Date }>;
  /** The claims of a valid, unexpired token; null for anything else (bad signature, expired, wrong claims, no `tv`). */
  verify(token: string): Promise<AccessClaims | null>;
}

/** HS256 JWTs (jose) with issuer, audience and expiry checks. */
export function createTokenService(opts: { secret: string; ttlSec: number }): TokenService {
  const key = new TextEncoder().encode(opts.secret);
  return {
    async sign(subject) {
      const expiresAt = new Date(Date.now() + opts.ttlSec * 1000);
      const token = await new SignJWT({
        role: subject.role,
        athleteId: subject.athleteId,
        coachId: subject.coachId,
        tv: subject.tokenVersion,
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(subject.userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string' || payload.sub === '' || !Number.isSafeInteger(payload.tv)) return null;
        return { userId: payload.sub, tokenVersion: payload.tv as number };
      } catch {
        return null;
      }
    },
  };
}
