export const MISSING_EXERCISE_IDS = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Exercise {id: id})
WITH id, e WHERE e IS NULL
RETURN collect(id) AS missing`;

export const LINK_SESSION_PROGRAM = `
MATCH (s:Session {id: $sessionId}), (p:Program {id: $programId})
SET s.programId = $programId, s.source = 'app'
MERGE (s)-[:FOLLOWS]->(p)`;
