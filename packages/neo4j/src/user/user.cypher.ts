// A user's fields as every read returns them (`u` bound): the login, its session version, its
// preferences, and the Athlete/Coach node and Organisation it stands for.
const USER_ROW = `
RETURN u {.id, .email, .role, .passwordHash, .name, .tokenVersion, .unit, .locale, .timeZone, .microplates, .disabled} AS user,
  head([(u)-[:IS]->(a:Athlete) | a.id]) AS athleteId, head([(u)-[:IS]->(c:Coach) | c.id]) AS coachId,
  head([(u)-[m:MEMBER_OF]->(o:Organisation) | {id: o.id, role: m.role}]) AS membership`;

// New users start on session version 0 with the default preferences; a re-run keeps what they chose.
export const UPSERT_USER = `
MERGE (u:User {id: $id})
ON CREATE SET u.createdAt = datetime()
SET u.email = $email, u.role = $role, u.passwordHash = $passwordHash, u.name = $name,
    u.tokenVersion = coalesce(u.tokenVersion, 0), u.unit = coalesce(u.unit, 'kg'), u.locale = coalesce(u.locale, 'en-GB'),
    u.timeZone = coalesce(u.timeZone, 'UTC'), u.microplates = coalesce(u.microplates, false), u.disabled = coalesce(u.disabled, false)`;

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

// The coach drops the athlete: the access edge goes, and so do that coach's pending invites for them.
export const UNLINK_COACH_ATHLETE = `
MATCH (:Coach {id: $coachId})-[r:COACHES]->(a:Athlete {id: $athleteId})
DELETE r
WITH a
OPTIONAL MATCH (i:Invite {athleteId: a.id, coachId: $coachId}) WHERE i.usedAt IS NULL AND i.revokedAt IS NULL
SET i.revokedAt = datetime()
RETURN count(*) AS removed`;

export const FIND_USER_BY_EMAIL = `
MATCH (u:User {email: $email})
${USER_ROW}`;

export const FIND_USER_BY_ID = `
MATCH (u:User {id: $id})
${USER_ROW}`;

export const FIND_USER_FOR_ATHLETE = `
MATCH (u:User)-[:IS]->(:Athlete {id: $athleteId})
${USER_ROW}`;

export const LIST_USERS = `
MATCH (u:User)
WHERE $organisationId IS NULL OR (u)-[:MEMBER_OF]->(:Organisation {id: $organisationId})
   OR (u)-[:IS]->(:Athlete)<-[:COACHES]-(:Coach)<-[:IS]-(:User)-[:MEMBER_OF]->(:Organisation {id: $organisationId})
WITH u ORDER BY u.email
${USER_ROW}`;

export const MEMBERS_OF_ORGANISATIONS = `
MATCH (u:User)-[:MEMBER_OF]->(o:Organisation) WHERE o.id IN $organisationIds
WITH u ORDER BY u.name, u.email
${USER_ROW}`;

export const ATHLETE_IDS_FOR_COACH = `
MATCH (:Coach {id: $coachId})-[:COACHES]->(a:Athlete)
RETURN a.id AS id ORDER BY id`;

// A new password ends every session: the token version moves on.
export const SET_PASSWORD = `
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash, u.tokenVersion = coalesce(u.tokenVersion, 0) + 1
RETURN u.tokenVersion AS tokenVersion`;

export const BUMP_TOKEN_VERSION = `
MATCH (u:User {id: $id})
SET u.tokenVersion = coalesce(u.tokenVersion, 0) + 1
RETURN u.tokenVersion AS tokenVersion`;

// Disabling ends the user's sessions too; enabling leaves the version alone (old tokens stay dead).
export const SET_DISABLED = `
MATCH (u:User {id: $id})
SET u.disabled = $disabled, u.tokenVersion = coalesce(u.tokenVersion, 0) + CASE WHEN $disabled THEN 1 ELSE 0 END
RETURN u.id AS id`;

// One update writes the user's preferences and, for an athlete login, the Athlete's unit and time zone.
export const UPDATE_PREFERENCES = `
MATCH (u:User {id: $id})
SET u.unit = $unit, u.locale = $locale, u.timeZone = $timeZone, u.microplates = $microplates
WITH u
OPTIONAL MATCH (u)-[:IS]->(a:Athlete) WHERE u.role = 'ATHLETE'
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | SET x.unit = $unit, x.timeZone = $timeZone)
RETURN u.id AS id`;

// Deleting an athlete's account, statement by statement inside one transaction (bounded fan-out each).
export const ATHLETE_OF_USER = `
MATCH (u:User {id: $userId})-[:IS]->(a:Athlete) WHERE u.role = 'ATHLETE'
RETURN a.id AS athleteId`;

export const DELETE_ATHLETE_DATA = [
  `MATCH (:Athlete {id: $athleteId})-[:LOGGED]->(:Session)-[:INCLUDES]->(:Performance)-[:HAS_SET]->(st:Set) DETACH DELETE st`,
  `MATCH (:Athlete {id: $athleteId})-[:LOGGED]->(:Session)-[:INCLUDES]->(p:Performance) DETACH DELETE p`,
  `MATCH (p:Performance {athleteId: $athleteId}) DETACH DELETE p`,
  `MATCH (:Athlete {id: $athleteId})-[:LOGGED]->(s:Session) DETACH DELETE s`,
  `MATCH (s:Session {athleteId: $athleteId}) DETACH DELETE s`,
  `MATCH (s:StagedSession {athleteId: $athleteId}) OPTIONAL MATCH (s)-[:INCLUDES]->(p) OPTIONAL MATCH (p)-[:HAS_SET]->(st) DETACH DELETE st, p, s`,
  `MATCH (:Athlete {id: $athleteId})-[:HAS_IMPORT]->(i:Import) DETACH DELETE i`,
  `MATCH (i:Import {athleteId: $athleteId}) DETACH DELETE i`,
  `MATCH (p:Program)-[:FOR]->(:Athlete {id: $athleteId})
   OPTIONAL MATCH (p)-[:HAS_DAY]->(d:ProgramDay) OPTIONAL MATCH (d)-[:PRESCRIBES]->(rx:Prescription)
   DETACH DELETE rx, d, p`,
  `MATCH (i:Invite {athleteId: $athleteId}) DETACH DELETE i`,
  `MATCH (r:PasswordReset {userId: $userId}) DETACH DELETE r`,
  `MATCH (t:RefreshToken {userId: $userId}) DETACH DELETE t`,
  `MATCH (u:User {id: $userId}) DETACH DELETE u`,
  `MATCH (a:Athlete {id: $athleteId}) DETACH DELETE a`,
];
