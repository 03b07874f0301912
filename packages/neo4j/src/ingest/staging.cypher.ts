// Staging: fresh sessions, their performances and sets are written in small transactions as
// StagedSession/StagedPerformance (no Athlete, Import or Exercise edges, so nothing reading
// Session/Performance or walking from an athlete or exercise sees them), then PUBLISHed in the
// import's final transaction. Sets get their real label at once: they hang only off performances.

export const STAGE_SESSIONS = `
UNWIND $rows AS row
WITH row.id AS id, row.props AS sp
CREATE (:StagedSession {
  id: id, athleteId: sp.athleteId, key: sp.key, startedAt: sp.startedAt, date: sp.date, title: sp.title,
  durationMin: sp.durationMin, sessionRpe: sp.sessionRpe, notes: sp.notes, loadAu: sp.loadAu,
  volumeLoadKg: sp.volumeLoadKg, sessionRpeSource: sp.sessionRpeSource
})`;

export const STAGE_PERFORMANCES = `
UNWIND $rows AS pr
WITH pr, pr.props AS pp
MATCH (s:StagedSession {id: pr.sessionId})
CREATE (s)-[:INCLUDES]->(p:StagedPerformance {
  id: pr.id, athleteId: pp.athleteId, sessionId: pp.sessionId, exerciseId: pp.exerciseId, exerciseName: pp.exerciseName,
  date: pp.date, startedAt: pp.startedAt, order: pp.order, sets: pp.sets, totalSets: pp.totalSets, reps: pp.reps,
  weightKg: pp.weightKg, restSec: pp.restSec, rpe: pp.rpe, rir: pp.rir, volumeKg: pp.volumeKg, e1rmKg: pp.e1rmKg,
  supersetId: pp.supersetId, notes: pp.notes
})
WITH p, pr.id AS pid, pr.sets AS c
UNWIND range(0, size(c.index) - 1) AS k
WITH p, pid, c, k, toInteger(c.index[k]) AS index
CREATE (p)-[:HAS_SET]->(:Set {
  id: pid + '/' + toString(index), index: index, type: c.type[k], reps: toInteger(c.reps[k]), weightKg: c.weightKg[k],
  rpe: c.rpe[k], rir: c.rir[k], restSec: c.restSec[k], distanceM: c.distanceM[k], durationSec: c.durationSec[k]
})`;

export const PUBLISH_SESSIONS = `
MATCH (a:Athlete {id: $athleteId}), (i:Import {id: $importId})
UNWIND $ids AS id
MATCH (s:StagedSession {id: id})
REMOVE s:StagedSession
SET s:Session
CREATE (a)-[:LOGGED]->(s), (i)-[:IMPORTED]->(s)`;

export const PUBLISH_PERFORMANCES = `
UNWIND $rows AS row
MATCH (p:StagedPerformance {id: row.id})
MATCH (e:Exercise {id: row.exerciseId})
REMOVE p:StagedPerformance
SET p:Performance
CREATE (p)-[:OF]->(e)`;

// Everything staged for an athlete (a failed import's leftovers), in small transactions.
export const DISCARD_STAGED = `
MATCH (s:StagedSession {athleteId: $athleteId})
CALL (s) {
  OPTIONAL MATCH (s)-[:INCLUDES]->(p:StagedPerformance)
  OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set)
  DETACH DELETE st, p, s
} IN TRANSACTIONS OF 200 ROWS`;
