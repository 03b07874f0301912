// Organisations (a gym, a team) and their coach users: (:User)-[:MEMBER_OF {role}]->(:Organisation).
export const CREATE_ORGANISATION = `
CREATE (o:Organisation {id: $id, name: $name, createdAt: datetime()})
RETURN o.id AS id`;

export const UPSERT_ORGANISATION = `
MERGE (o:Organisation {id: $id})
ON CREATE SET o.createdAt = datetime()
SET o.name = $name`;

export const EMAIL_TAKEN = `
MATCH (u:User {email: $email})
RETURN u.id AS id LIMIT 1`;

// A new coach login (role COACH), its Coach node and its membership, with the default preferences.
export const CREATE_COACH_USER = `
MATCH (o:Organisation {id: $organisationId})
CREATE (u:User {id: $userId, email: $email, name: $name, role: 'COACH', passwordHash: $passwordHash, createdAt: datetime(),
  tokenVersion: 0, unit: 'kg', locale: 'en-GB', timeZone: 'UTC', microplates: false, disabled: false})
MERGE (c:Coach {id: $coachId})
ON CREATE SET c.name = $name
CREATE (u)-[:IS]->(c), (u)-[:MEMBER_OF {role: $role, since: datetime()}]->(o)
RETURN u.id AS id`;

// Idempotent membership (demo seed): one MEMBER_OF per user, its role updated.
export const SET_MEMBERSHIP = `
MATCH (u:User {id: $userId}), (o:Organisation {id: $organisationId})
OPTIONAL MATCH (u)-[old:MEMBER_OF]->(other:Organisation) WHERE other <> o
DELETE old
MERGE (u)-[m:MEMBER_OF]->(o)
ON CREATE SET m.since = datetime()
SET m.role = $role`;

// `athleteCount`: distinct athletes coached by the organisation's coaches.
export const LIST_ORGANISATIONS = `
MATCH (o:Organisation)
WHERE $ids IS NULL OR o.id IN $ids
RETURN o.id AS id, o.name AS name, toString(o.createdAt) AS createdAt,
  size(COLLECT { MATCH (o)<-[:MEMBER_OF]-(:User)-[:IS]->(:Coach)-[:COACHES]->(a:Athlete) RETURN DISTINCT a.id AS athleteId }) AS athleteCount
ORDER BY name, id`;

// Invites: single-use codes (only the sha256 stored) that let an athlete create their login.
const INVITE_ROW = `
RETURN i {.id, .athleteId, .coachId, .email, createdAt: toString(i.createdAt), expiresAt: toString(i.expiresAt),
  usedAt: toString(i.usedAt), revokedAt: toString(i.revokedAt)} AS invite,
  head(COLLECT { MATCH (a:Athlete {id: i.athleteId}) RETURN a.name AS name }) AS athleteName`;

export const CREATE_INVITE = `
MATCH (a:Athlete {id: $athleteId})
CREATE (i:Invite {id: $id, codeHash: $codeHash, athleteId: $athleteId, coachId: $coachId, email: $email,
  createdAt: datetime($now), expiresAt: datetime($expiresAt)})
${INVITE_ROW}`;

export const INVITES_FOR_ATHLETE = `
MATCH (i:Invite {athleteId: $athleteId})
WITH i ORDER BY i.createdAt DESC
${INVITE_ROW}`;

export const INVITE_BY_ID = `
MATCH (i:Invite {id: $id})
${INVITE_ROW}`;

export const REVOKE_INVITE = `
MATCH (i:Invite {id: $id})
SET i.revokedAt = CASE WHEN i.usedAt IS NULL AND i.revokedAt IS NULL THEN datetime($now) ELSE i.revokedAt END
${INVITE_ROW}`;

// A usable invite (`i` bound, `$now`): unused, not revoked, not expired, and its coach (when it names one)
// still coaches the athlete.
const USABLE_INVITE = `
WHERE i.usedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > datetime($now)
MATCH (a:Athlete {id: i.athleteId})
OPTIONAL MATCH (c:Coach {id: i.coachId})-[:COACHES]->(a)
WITH i, a, c WHERE i.coachId IS NULL OR c IS NOT NULL`;

export const PREVIEW_INVITE = `
MATCH (i:Invite {codeHash: $codeHash})
${USABLE_INVITE}
OPTIONAL MATCH (c)<-[:IS]-(cu:User)
OPTIONAL MATCH (cu)-[:MEMBER_OF]->(o:Organisation)
RETURN a.name AS athleteName, coalesce(cu.name, c.name) AS coachName, o.name AS organisationName,
  toString(i.expiresAt) AS expiresAt
LIMIT 1`;

// Takes the write lock of the node first, so concurrent uses of one code are decided one after the other.
export const LOCK_INVITE = `
MATCH (i:Invite {codeHash: $codeHash})
SET i.locked = true
RETURN i.id AS id`;

export const USABLE_INVITE_BY_ID = `
MATCH (i:Invite {id: $id})
${USABLE_INVITE}
RETURN a.id AS athleteId, a.unit AS unit, a.timeZone AS timeZone,
  EXISTS { (:User)-[:IS]->(a) } AS hasAccount`;

export const CREATE_ATHLETE_USER = `
MATCH (a:Athlete {id: $athleteId}), (i:Invite {id: $inviteId})
CREATE (u:User {id: $userId, email: $email, name: $name, role: 'ATHLETE', passwordHash: $passwordHash, createdAt: datetime(),
  tokenVersion: 0, unit: coalesce(a.unit, 'kg'), locale: 'en-GB', timeZone: coalesce(a.timeZone, 'UTC'), microplates: false,
  disabled: false})
CREATE (u)-[:IS]->(a)
SET i.usedAt = datetime($now), i.usedBy = $userId
RETURN u.id AS id`;

export const UNLOCK_INVITE = `
MATCH (i:Invite {id: $id})
REMOVE i.locked`;

// Password resets: a single-use code issued by a coach (for an athlete they coach) or an admin.
export const CREATE_PASSWORD_RESET = `
MATCH (u:User {id: $userId})
CREATE (r:PasswordReset {id: $id, codeHash: $codeHash, userId: $userId, issuedBy: $issuedBy,
  createdAt: datetime($now), expiresAt: datetime($expiresAt)})
RETURN r.id AS id`;

export const USABLE_PASSWORD_RESET = `
MATCH (r:PasswordReset {codeHash: $codeHash})
WHERE r.usedAt IS NULL AND r.expiresAt > datetime($now)
RETURN r.id AS id`;

export const LOCK_PASSWORD_RESET = `
MATCH (r:PasswordReset {codeHash: $codeHash})
SET r.locked = true
RETURN r.id AS id`;

// A new password ends the user's sessions (token version + 1).
export const CONSUME_PASSWORD_RESET = `
MATCH (r:PasswordReset {id: $id})
REMOVE r.locked
WITH r WHERE r.usedAt IS NULL AND r.expiresAt > datetime($now)
MATCH (u:User {id: r.userId})
SET r.usedAt = datetime($now), u.passwordHash = $passwordHash, u.tokenVersion = coalesce(u.tokenVersion, 0) + 1
RETURN u.id AS userId`;

// Refresh tokens: opaque, stored hashed, rotated on every use.
export const CREATE_REFRESH_TOKEN = `
CREATE (t:RefreshToken {hash: $hash, userId: $userId, tokenVersion: $tokenVersion, createdAt: datetime($now),
  expiresAt: datetime($expiresAt)})`;

export const PRUNE_REFRESH_TOKENS = `
MATCH (t:RefreshToken {userId: $userId})
WHERE t.expiresAt <= datetime($now)
DELETE t`;

export const LOCK_REFRESH_TOKEN = `
MATCH (t:RefreshToken {hash: $hash})
SET t.locked = true
RETURN t.hash AS hash`;

export const READ_REFRESH_TOKEN = `
MATCH (t:RefreshToken {hash: $hash})
REMOVE t.locked
WITH t
OPTIONAL MATCH (u:User {id: t.userId})
RETURN t.userId AS userId, t.usedAt IS NOT NULL AS used, t.expiresAt > datetime($now) AS live, t.tokenVersion AS tokenVersion,
  u.tokenVersion AS userTokenVersion, coalesce(u.disabled, false) AS disabled, u IS NOT NULL AS userExists`;

export const USE_REFRESH_TOKEN = `
MATCH (t:RefreshToken {hash: $hash})
SET t.usedAt = datetime($now)`;
