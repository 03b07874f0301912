// Accounts and teams (issue #18). An Organisation (a gym, a team) has coach users:
// (:User)-[:MEMBER_OF {role: 'OWNER'|'COACH'}]->(:Organisation). Invites, password resets and refresh
// tokens are stored by the sha256 of their secret only; each is looked up by that hash.
CREATE CONSTRAINT organisation_id_unique IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT invite_id_unique IF NOT EXISTS FOR (n:Invite) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT invite_code_hash_unique IF NOT EXISTS FOR (n:Invite) REQUIRE n.codeHash IS UNIQUE;
CREATE CONSTRAINT password_reset_id_unique IF NOT EXISTS FOR (n:PasswordReset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT password_reset_code_hash_unique IF NOT EXISTS FOR (n:PasswordReset) REQUIRE n.codeHash IS UNIQUE;
CREATE CONSTRAINT refresh_token_hash_unique IF NOT EXISTS FOR (n:RefreshToken) REQUIRE n.hash IS UNIQUE;
CREATE INDEX invite_athlete IF NOT EXISTS FOR (n:Invite) ON (n.athleteId);
CREATE INDEX refresh_token_user IF NOT EXISTS FOR (n:RefreshToken) ON (n.userId);
// Users stored before: session version 0, the default preferences, enabled. An athlete user's
// preferences start from what their Athlete node already says (unit, time zone).
MATCH (u:User)
OPTIONAL MATCH (u)-[:IS]->(a:Athlete)
WITH u, head(collect(a)) AS a
SET u.tokenVersion = coalesce(u.tokenVersion, 0),
    u.unit = coalesce(u.unit, a.unit, 'kg'),
    u.locale = coalesce(u.locale, 'en-GB'),
    u.timeZone = coalesce(u.timeZone, a.timeZone, 'UTC'),
    u.microplates = coalesce(u.microplates, false),
    u.disabled = coalesce(u.disabled, false);
