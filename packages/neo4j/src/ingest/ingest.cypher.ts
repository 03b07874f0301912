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

// Performances with their sets nested: one index lookup per performance instead of one per set.
// A performance re-mapped to another exercise loses its old OF edge.
export const MERGE_PERFORMANCES = `
UNWIND $rows AS row
MATCH (s:Session {id: row.sessionId})
MATCH (e:Exercise {id: row.exerciseId})
MERGE (p:Performance {id: row.id})
SET p += row.props
MERGE (s)-[:INCLUDES]->(p)
WITH p, e, row
CALL (p, e) {
  MATCH (p)-[old:OF]->(x:Exercise) WHERE x <> e
  DELETE old
}
MERGE (p)-[:OF]->(e)
WITH p, row
UNWIND row.sets AS sr
MERGE (st:Set {id: sr.id})
SET st += sr.props
MERGE (p)-[:HAS_SET]->(st)`;

export const MERGE_THEN = `
UNWIND $rows AS row
MATCH (a:Performance {id: row.from}), (b:Performance {id: row.to})
MERGE (a)-[:THEN]->(b)`;

// NEXT = the athlete's next performance of the same exercise, over the whole history (not only
// this file), so an older file imported later splices into the chain; stale links are removed.
export const RELINK_NEXT = `
UNWIND $exerciseIds AS exerciseId
CALL (exerciseId) {
  MATCH (p:Performance {athleteId: $athleteId, exerciseId: exerciseId})
  WITH p ORDER BY p.startedAt, p.sessionId, p.order
  WITH collect(p) AS ps
  UNWIND range(0, size(ps) - 1) AS k
  WITH ps[k] AS a, ps[k + 1] AS b
  CALL (a, b) {
    MATCH (a)-[old:NEXT]->(x) WHERE b IS NULL OR x <> b
    DELETE old
  }
  WITH a, b WHERE b IS NOT NULL
  MERGE (a)-[:NEXT]->(b)
}`;

export const STORED_COUNTS = `
MATCH (i:Import {id: $importId})-[:IMPORTED]->(s:Session)
WITH s,
  COUNT { (s)-[:INCLUDES]->(:Performance) } AS performances,
  COUNT { (s)-[:INCLUDES]->(:Performance)-[:HAS_SET]->(:Set) } AS sets
RETURN count(s) AS sessions, sum(performances) AS performances, sum(sets) AS sets`;
