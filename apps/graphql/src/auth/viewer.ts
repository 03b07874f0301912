import type { UserRecord, UserRole } from '@liftgraph/neo4j';

/** Who is calling: from a verified token whose version still matches the user's; null for anonymous requests. */
export interface Viewer {
  userId: string;
  role: UserRole;
  /** The Athlete node of an ATHLETE login. */
  athleteId: string | null;
  /** The Coach node of a COACH login. */
  coachId: string | null;
  /** The coach's organisation (null for other roles). */
  organisationId: string | null;
}

/** The viewer of a token, or null when the token no longer stands for a live session of that user. */
export function viewerOf(user: UserRecord | null, tokenVersion: number): Viewer | null {
  if (user === null || user.disabled || user.tokenVersion !== tokenVersion) return null;
  return { userId: user.id, role: user.role, athleteId: user.athleteId, coachId: user.coachId, organisationId: user.organisationId };
}
