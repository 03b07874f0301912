import type { RosterScope } from '@liftgraph/neo4j';
import type { AccessPolicy } from '../../auth/access-policy.js';

/**
 * The roster read of the `athletes` query: exactly the athletes `AccessPolicy.visibleAthleteIds` allows,
 * but a coach's roster is named by the coach id, so the roster statement follows the COACHES edges
 * itself (the same edges the policy reads) instead of a separate round trip for the ids first.
 */
export async function rosterScope(access: AccessPolicy, limit: number): Promise<RosterScope> {
  const viewer = access.requireViewer();
  if (viewer.role === 'COACH' && viewer.coachId !== null) return { coachId: viewer.coachId, limit };
  const visible = await access.visibleAthleteIds();
  return visible === 'all' ? { all: true, limit, offset: 0 } : { athleteIds: [...visible].slice(0, limit) };
}
