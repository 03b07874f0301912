// Exercise-name mappings remembered per organisation: (:Organisation)-[:NAMES {name: <nameMappingKey>}]->(:Exercise).
// A coach's organisation: (:Coach)<-[:IS]-(:User)-[:MEMBER_OF]->(:Organisation). Both statements do nothing
// when there is no such organisation.

// The mappings of the importing coach's organisations (rank 0) and of the organisations of the athlete's
// coaches (rank 1); the caller keeps the first per name.
export const REMEMBERED_NAMES = `
CALL () {
  MATCH (:Coach {id: $coachId})<-[:IS]-(:User)-[:MEMBER_OF]->(o:Organisation)
  RETURN o, 0 AS rank
  UNION
  MATCH (:Athlete {id: $athleteId})<-[:COACHES]-(:Coach)<-[:IS]-(:User)-[:MEMBER_OF]->(o:Organisation)
  RETURN o, 1 AS rank
}
MATCH (o)-[n:NAMES]->(e:Exercise)
RETURN n.name AS name, e.id AS exerciseId, rank
ORDER BY rank DESC, o.id DESC`;

// Remembers the mappings for the coach's organisation(s); a name mapped again moves to its new exercise.
export const REMEMBER_NAMES = `
MATCH (:Coach {id: $coachId})<-[:IS]-(:User)-[:MEMBER_OF]->(o:Organisation)
WITH DISTINCT o
UNWIND $mappings AS m
MATCH (e:Exercise {id: m.exerciseId})
CALL (o, e, m) {
  MATCH (o)-[old:NAMES {name: m.name}]->(other:Exercise) WHERE other <> e
  DELETE old
}
MERGE (o)-[:NAMES {name: m.name}]->(e)`;

export const EXISTING_EXERCISE_IDS = `
UNWIND $ids AS id
MATCH (e:Exercise {id: id})
RETURN collect(e.id) AS ids`;

export const ATHLETE_EXISTS = `MATCH (a:Athlete {id: $id}) RETURN count(a) AS n`;
