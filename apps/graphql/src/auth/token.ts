import type { UserRole } from '@liftgraph/neo4j';
import { jwtVerify, SignJWT } from 'jose';
import type { Viewer } from './viewer.js';

const ISSUER = 'liftgraph-graphql';
const AUDIENCE = 'liftgraph';
const ROLES: readonly UserRole[] = ['COACH', 'ATHLETE', 'ANALYST', 'ADMIN'];

export interface TokenService {
  sign(viewer: Viewer): Promise<{ token: string; expiresAt: Date }>;
  /** The viewer of a valid, unexpired token; null for anything else (bad signature, expired, wrong claims). */
  verify(token: string): Promise<Viewer | null>;
}

const optionalString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** HS256 JWTs (jose) with issuer, audience and expiry checks. */
export function createTokenService(opts: { secret: string; ttlSec: number }): TokenService {
  const key = new TextEncoder().encode(opts.secret);
  return {
    async sign(viewer) {
      const expiresAt = new Date(Date.now() + opts.ttlSec * 1000);
      const token = await new SignJWT({ role: viewer.role, athleteId: viewer.athleteId, coachId: viewer.coachId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(viewer.userId)
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
        const role = ROLES.find((r) => r === payload.role);
        if (payload.sub === undefined || role === undefined) return null;
        return { userId: payload.sub, role, athleteId: optionalString(payload.athleteId), coachId: optionalString(payload.coachId) };
      } catch {
        return null;
      }
    },
  };
}
