export const MISSING_EXERCISE_IDS = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Exercise {id: id})
WITH id, e WHERE e IS NULL
RETURN collect(id) AS missing`;

// What an app-logged session adds to the ingested tree: its end, notes, the program day it fulfils
// (programId, week, day on the session; FOLLOWS the program; FULFILS the day) — replaced on every write.
export const SET_SESSION_EXTRAS = `
MATCH (s:Session {id: $sessionId})
SET s.source = 'app', s.endedAt = $endedAt, s.notes = $notes, s.programId = $programId, s.week = $week, s.day = $day
WITH s
CALL (s) {
  MATCH (s)-[old:FOLLOWS|FULFILS]->()
  DELETE old
}
WITH s
OPTIONAL MATCH (p:Program {id: $programId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (s)-[:FOLLOWS]->(p))
WITH s, p
OPTIONAL MATCH (p)-[:HAS_DAY]->(d:ProgramDay {week: $week, dayIndex: $day})
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (s)-[:FULFILS]->(d))
RETURN p IS NOT NULL AS program, d IS NOT NULL AS day`;

// Per set of an app-logged session: done (false = left blank, reps null) and the rest taken before it.
export const SET_SET_EXTRAS = `
UNWIND $rows AS row
MATCH (:Performance {id: row.performanceId})-[:HAS_SET]->(st:Set {index: row.index})
SET st.done = row.done, st.restBeforeSec = row.restBeforeSec`;

// The session that already fulfils a program day (another than $sessionId), if any.
export const DAY_FULFILLED_BY = `
MATCH (:Program {id: $programId})-[:HAS_DAY]->(d:ProgramDay {week: $week, dayIndex: $day})
OPTIONAL MATCH (s:Session)-[:FULFILS]->(d) WHERE s.id <> $sessionId
RETURN d.date AS date, d.status AS status, s.id AS sessionId, s.date AS sessionDate`;

export const SESSION_KEY = `
MATCH (s:Session {id: $sessionId})
OPTIONAL MATCH (i:Import)-[:IMPORTED]->(s)
RETURN s.athleteId AS athleteId, s.key AS key, s.source AS source, i.id AS importId`;

// Deletes a session: each of its performances leaves its exercise's NEXT chain (the one before now
// leads to the one after), then the sets, performances, the session, and its import when it held nothing else.
export const DELETE_SESSION = `
MATCH (s:Session {id: $sessionId})
CALL (s) {
  MATCH (s)-[:INCLUDES]->(p:Performance)
  OPTIONAL MATCH (before:Performance)-[:NEXT]->(p)
  OPTIONAL MATCH (p)-[:NEXT]->(after:Performance)
  FOREACH (_ IN CASE WHEN before IS NULL OR after IS NULL THEN [] ELSE [1] END | CREATE (before)-[:NEXT]->(after))
  WITH p
  OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set)
  DETACH DELETE st, p
}
WITH s
OPTIONAL MATCH (i:Import)-[:IMPORTED]->(s)
DETACH DELETE s
WITH DISTINCT i
CALL (i) {
  MATCH (x:Import) WHERE x = i AND NOT (x)-[:IMPORTED]->()
  DETACH DELETE x
}
RETURN count(*) AS deleted`;

// One stored session with its exercises and sets, for editing.
export const SESSION_DETAIL = `
UNWIND $ids AS id
MATCH (s:Session {id: id})
RETURN s.id AS id, s.athleteId AS athleteId,
  [(s)-[:INCLUDES]->(p:Performance)-[:OF]->(e:Exercise) | {order: p.order, exerciseId: e.id, exerciseName: e.name,
     sets: [(p)-[:HAS_SET]->(st:Set) | st {.index, .type, .reps, .weightKg, .rir, .rpe, .restBeforeSec, .done}]}] AS performances`;
