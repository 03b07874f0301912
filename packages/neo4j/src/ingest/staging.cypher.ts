// Staging: fresh sessions, their performances and sets are written in small transactions as
// StagedSession/StagedPerformance (no Athlete, Import or Exercise edges, so nothing reading
// Session/Performance or walking from an athlete or exercise sees them), then PUBLISHed in the
// import's final transaction. Sets get their real label at once: they hang only off performances.

// Parameter fields read inline and sets created in FOREACH: no Eager barriers (see CREATE_PERFORMANCES).
export const STAGE_SESSIONS = `
UNWIND $rows AS row
CREATE (:StagedSession {
  id: row.id, athleteId: row.props.athleteId, key: row.props.key, startedAt: row.props.startedAt, date: row.props.date,
  title: row.props.title, durationMin: row.props.durationMin, sessionRpe: row.props.sessionRpe, notes: row.props.notes,
  loadAu: row.props.loadAu, volumeLoadKg: row.props.volumeLoadKg, sessionRpeSource: row.props.sessionRpeSource
})`;

export const STAGE_PERFORMANCES = `
UNWIND $rows AS pr
MATCH (s:StagedSession {id: pr.sessionId})
CREATE (s)-[:INCLUDES]->(p:StagedPerformance {
  id: pr.id, athleteId: pr.props.athleteId, sessionId: pr.props.sessionId, exerciseId: pr.props.exerciseId,
  exerciseName: pr.props.exerciseName, date: pr.props.date, startedAt: pr.props.startedAt, order: pr.props.order,
  sets: pr.props.sets, totalSets: pr.props.totalSets, reps: pr.props.reps, weightKg: pr.props.weightKg,
  restSec: pr.props.restSec, rpe: pr.props.rpe, rir: pr.props.rir, volumeKg: pr.props.volumeKg, e1rmKg: pr.props.e1rmKg,
  supersetId: pr.props.supersetId, notes: pr.props.notes
})
FOREACH (k IN range(0, size(pr.sets.index) - 1) |
  CREATE (p)-[:HAS_SET]->(:Set {
    index: toInteger(pr.sets.index[k]), type: pr.sets.type[k],
    reps: toInteger(pr.sets.reps[k]), weightKg: pr.sets.weightKg[k], rpe: pr.sets.rpe[k], rir: pr.sets.rir[k],
    restSec: pr.sets.restSec[k], distanceM: pr.sets.distanceM[k], durationSec: pr.sets.durationSec[k]
  })
)`;

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
