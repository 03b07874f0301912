import type { UserRole } from '@liftgraph/neo4j';

/** Who is calling, from a verified token; null for anonymous requests. */
export interface Viewer {
  userId: string;
  role: UserRole;
  /** The Athlete node of an ATHLETE login. */
  athleteId: string | null;
  /** The Coach node of a COACH login. */
  coachId: string | null;
}
