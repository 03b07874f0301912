export const UPSERT_USER = `
MERGE (u:User {id: $id})
ON CREATE SET u.createdAt = datetime()
SET u.email = $email, u.role = $role, u.passwordHash = $passwordHash, u.name = $name`;

export const LINK_USER_ATHLETE = `
MATCH (u:User {id: $userId})
MERGE (a:Athlete {id: $athleteId})
ON CREATE SET a.name = $name, a.createdAt = datetime()
MERGE (u)-[:IS]->(a)`;

export const LINK_USER_COACH = `
MATCH (u:User {id: $userId})
MERGE (c:Coach {id: $coachId})
ON CREATE SET c.name = $name
MERGE (u)-[:IS]->(c)`;

export const LINK_COACH_ATHLETE = `
MATCH (c:Coach {id: $coachId}), (a:Athlete {id: $athleteId})
MERGE (c)-[:COACHES]->(a)
RETURN a.id AS id`;

export const FIND_USER_BY_EMAIL = `
MATCH (u:User {email: $email})
RETURN u {.id, .email, .role, .passwordHash, .name} AS user,
  head([(u)-[:IS]->(a:Athlete) | a.id]) AS athleteId, head([(u)-[:IS]->(c:Coach) | c.id]) AS coachId`;

export const FIND_USER_BY_ID = `
MATCH (u:User {id: $id})
RETURN u {.id, .email, .role, .passwordHash, .name} AS user,
  head([(u)-[:IS]->(a:Athlete) | a.id]) AS athleteId, head([(u)-[:IS]->(c:Coach) | c.id]) AS coachId`;

export const ATHLETE_IDS_FOR_COACH = `
MATCH (:Coach {id: $coachId})-[:COACHES]->(a:Athlete)
RETURN a.id AS id ORDER BY id`;
