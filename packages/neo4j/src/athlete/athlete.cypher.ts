// A new athlete (no history); a coach creating them COACHES them. Refused by the caller when the id exists.
export const CREATE_ATHLETE = `
CREATE (a:Athlete {id: $id, name: $name, timeZone: $timeZone, unit: $unit, bodyweightKg: $bodyweightKg, createdAt: datetime()})
WITH a
FOREACH (_ IN CASE WHEN $coachId IS NULL THEN [] ELSE [1] END | MERGE (coach:Coach {id: $coachId}) MERGE (coach)-[:COACHES]->(a))
RETURN a.id AS id`;

export const UPSERT_ATHLETE = `
MERGE (a:Athlete {id: $id})
ON CREATE SET a.createdAt = datetime()
SET a.name = $name, a.sex = $sex, a.birthYear = $birthYear, a.bodyweightKg = $bodyweightKg`;

// One session's summary (`s` bound): sets and performances count what was done — a set logged blank
// (done false) is not counted, nor a performance all of whose sets were left blank (an imported summary
// without set rows still counts as one performance).
const SESSION_SUMMARY_FIELDS = `s.id AS id, s.date AS date, s.startedAt AS startedAt, s.title AS title, s.durationMin AS durationMin,
  s.sessionRpe AS sessionRpe, s.endedAt AS endedAt, s.notes AS notes, s.programId AS programId, s.week AS week, s.day AS day,
  COUNT { MATCH (s)-[:INCLUDES]->(p:Performance)
    WHERE NOT EXISTS { (p)-[:HAS_SET]->(:Set) } OR EXISTS { MATCH (p)-[:HAS_SET]->(st:Set) WHERE coalesce(st.done, true) } } AS performances,
  COUNT { MATCH (s)-[:INCLUDES]->(:Performance)-[:HAS_SET]->(st:Set) WHERE coalesce(st.done, true) } AS sets`;

// Keyset pagination, newest first: the cursor is the (startedAt, id) of the last row of the previous page.
export const SESSIONS_PAGE = `
MATCH (s:Session {athleteId: $athleteId})
WHERE $afterStartedAt IS NULL OR s.startedAt < $afterStartedAt OR (s.startedAt = $afterStartedAt AND s.id < $afterId)
WITH s ORDER BY s.startedAt DESC, s.id DESC LIMIT $limit
RETURN ${SESSION_SUMMARY_FIELDS}`;

export const SESSION_BY_ID = `
MATCH (s:Session {athleteId: $athleteId, id: $id})
RETURN ${SESSION_SUMMARY_FIELDS}`;

export const E1RM_SERIES = `
MATCH (p:Performance {athleteId: $athleteId, exerciseId: $exerciseId})
RETURN p.date AS date, p.sessionId AS sessionId,
  [(p)-[:HAS_SET]->(st:Set) WHERE coalesce(st.done, true) | st {.type, .reps, .weightKg, .rir, .rpe}] AS sets
ORDER BY p.startedAt, p.sessionId, p.order`;

export const LOAD_SESSIONS = `
MATCH (s:Session {athleteId: $athleteId})
WHERE ($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)
RETURN s.date AS date, s.durationMin AS durationMin, s.sessionRpe AS sessionRpe,
  [(s)-[:INCLUDES]->(p:Performance) | {exerciseName: p.exerciseId,
     sets: [(p)-[:HAS_SET]->(st:Set) WHERE coalesce(st.done, true) | st {.type, .reps, .weightKg, .rpe, .rir}]}] AS performances
ORDER BY s.startedAt, s.id`;

export const HARD_SET_ENTRIES = `
MATCH (p:Performance {athleteId: $athleteId})-[:OF]->(e:Exercise)
WHERE ($from IS NULL OR p.date >= $from) AND ($to IS NULL OR p.date <= $to)
RETURN p.date AS date, [(e)-[t:TARGETS]->(m:MuscleGroup) | {muscle: m.id, role: t.role}] AS targets,
  [(p)-[:HAS_SET]->(st:Set) WHERE coalesce(st.done, true) | st {.type, .reps, .rpe, .rir}] AS sets`;
