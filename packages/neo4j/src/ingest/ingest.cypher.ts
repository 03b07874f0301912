export const MISSING_EXERCISES = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Exercise {id: id})
WITH id, e WHERE e IS NULL
RETURN collect(id) AS missing`;

export const MERGE_ATHLETE = `
MERGE (a:Athlete {id: $athleteId})
ON CREATE SET a.name = coalesce($name, $athleteId), a.createdAt = datetime()`;

export const MERGE_IMPORT = `
MATCH (a:Athlete {id: $athleteId})
MERGE (i:Import {id: $importId})
ON CREATE SET i.importedAt = datetime($importedAt), i.importedBy = $importedBy
SET i += $props
MERGE (a)-[:HAS_IMPORT]->(i)`;

export const MERGE_SESSIONS = `
MATCH (a:Athlete {id: $athleteId}), (i:Import {id: $importId})
UNWIND $rows AS row
MERGE (s:Session {id: row.id})
SET s += row.props
MERGE (a)-[:LOGGED]->(s)
MERGE (i)-[:IMPORTED]->(s)`;

// Performances with their sets nested: one index lookup per performance instead of one per set. A Set
// has no id (V007): it is the one at its index under its performance, merged through HAS_SET.
// Converges to the file: the properties are replaced (a value the file no longer has goes, since
// rows carry no nulls), a performance re-mapped to another exercise loses its old OF edge, and sets
// whose index the file no longer lists are deleted.
export const MERGE_PERFORMANCES = `
UNWIND $rows AS row
MATCH (s:Session {id: row.sessionId})
MATCH (e:Exercise {id: row.exerciseId})
MERGE (p:Performance {id: row.id})
SET p = row.props, p.id = row.id
MERGE (s)-[:INCLUDES]->(p)
WITH p, e, row
CALL (p, e) {
  MATCH (p)-[old:OF]->(x:Exercise) WHERE x <> e
  DELETE old
}
MERGE (p)-[:OF]->(e)
WITH p, row
CALL (p, row) {
  MATCH (p)-[:HAS_SET]->(stale:Set) WHERE NOT stale.index IN [i IN row.sets.index | toInteger(i)]
  DETACH DELETE stale
}
WITH p, row
UNWIND range(0, size(row.sets.index) - 1) AS k
WITH p, row.sets AS c, k, toInteger(row.sets.index[k]) AS index
MERGE (p)-[:HAS_SET]->(st:Set {index: index})
SET st.type = c.type[k], st.reps = toInteger(c.reps[k]), st.weightKg = c.weightKg[k], st.rpe = c.rpe[k],
  st.rir = c.rir[k], st.restSec = c.restSec[k], st.distanceM = c.distanceM[k], st.durationSec = c.durationSec[k]`;

// Performances of already-stored sessions that the file no longer lists in them, with their sets
// (their NEXT/THEN edges go with them; the link plan then closes the chains around them).
export const DELETE_STALE_PERFORMANCES = `
UNWIND $ids AS id
MATCH (p:Performance {id: id})
OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set)
DETACH DELETE st, p`;

export const EXISTING_SESSION_IDS = `
MATCH (s:Session {athleteId: $athleteId})
RETURN collect(s.id) AS ids`;

export const EXISTING_PERFORMANCES = `
MATCH (p:Performance {athleteId: $athleteId})
RETURN p.id AS id, p.exerciseId AS exerciseId, p.startedAt AS startedAt, p.sessionId AS sessionId, p.order AS order,
  [(p)-[:NEXT]->(n) | n.id] AS next, [(p)-[:THEN]->(n) | n.id] AS then`;

export const CREATE_NEXT = `
UNWIND $rows AS row
MATCH (a:Performance {id: row.from}), (b:Performance {id: row.to})
CREATE (a)-[:NEXT]->(b)`;

export const DELETE_NEXT = `
UNWIND $rows AS row
MATCH (:Performance {id: row.from})-[r:NEXT]->(:Performance {id: row.to})
DELETE r`;

export const CREATE_THEN = `
UNWIND $rows AS row
MATCH (a:Performance {id: row.from}), (b:Performance {id: row.to})
CREATE (a)-[:THEN]->(b)`;

export const DELETE_THEN = `
UNWIND $rows AS row
MATCH (:Performance {id: row.from})-[r:THEN]->(:Performance {id: row.to})
DELETE r`;

export const STORED_COUNTS = `
MATCH (i:Import {id: $importId})-[:IMPORTED]->(s:Session)
WITH s,
  COUNT { (s)-[:INCLUDES]->(:Performance) } AS performances,
  COUNT { (s)-[:INCLUDES]->(:Performance)-[:HAS_SET]->(:Set) } AS sets
RETURN count(s) AS sessions, sum(performances) AS performances, sum(sets) AS sets`;
