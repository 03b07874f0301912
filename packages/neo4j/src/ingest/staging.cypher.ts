// Staging: fresh sessions, their performances and sets are written in small transactions as
// StagedSession/StagedPerformance (STAGE_SESSION_TREES; no Athlete, Import or Exercise edges, so nothing
// reading Session/Performance or walking from an athlete or exercise sees them), then published in the
// import's final transaction (PUBLISH_SESSION_TREES). Sets get their real label at once: they hang only
// off performances.

// NEXT between two staged performances (both fresh): invisible like its ends, deleted with them.
export const STAGE_NEXT = `
UNWIND $rows AS row
MATCH (a:StagedPerformance {id: row.from}), (b:StagedPerformance {id: row.to})
CREATE (a)-[:NEXT]->(b)`;

// Everything staged for an athlete (a failed import's leftovers), in small transactions.
export const DISCARD_STAGED = `
MATCH (s:StagedSession {athleteId: $athleteId})
CALL (s) {
  OPTIONAL MATCH (s)-[:INCLUDES]->(p:StagedPerformance)
  OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set)
  DETACH DELETE st, p, s
} IN TRANSACTIONS OF 200 ROWS`;
