// Batch-shaped reads for the API's per-request loaders: one statement for N athletes.

// The profile columns of athlete `a` (and the coach who COACHES them).
const PROFILE = `a {.id, .name, .sex, .birthYear, .bodyweightKg, .timeZone, .unit} AS athlete, head([(c:Coach)-[:COACHES]->(a) | c.id]) AS coachId`;

// The coach-dashboard inputs of athlete `a`, each an index seek on Session(athleteId, startedAt):
// session-RPE loads (AU) since $from; the last session's date; the ACTIVE program (latest assigned, should
// an old graph hold several) with its days (date, status, done = a session FULFILS it) and the dates of
// sessions logged since its start that fulfil no program day.
const STATUS = `
  COLLECT { MATCH (s:Session {athleteId: a.id}) WHERE s.startedAt >= $from RETURN {date: s.date, load: coalesce(s.loadAu, 0.0)} } AS loads,
  COLLECT { MATCH (s:Session {athleteId: a.id}) WHERE s.startedAt IS NOT NULL RETURN s.date AS date ORDER BY s.startedAt DESC LIMIT 1 } AS lastDates,
  COLLECT {
    MATCH (p:Program)-[f:FOR]->(a) WHERE p.status = 'active'
    WITH p, coalesce(f.assignedAt, p.createdAt) AS start ORDER BY start DESC LIMIT 1
    WITH p, coalesce(p.startDate, toString(date(start))) AS startDate
    RETURN {programId: p.id, startDate: startDate,
      days: [(p)-[:HAS_DAY]->(d:ProgramDay) | {date: d.date, status: d.status, done: EXISTS { (:Session)-[:FULFILS]->(d) }}],
      unlinkedDates: COLLECT { MATCH (s:Session {athleteId: a.id}) WHERE s.date >= startDate AND NOT (s)-[:FULFILS]->() RETURN s.date }}
  } AS programs`;

// Which athletes: a coach's roster (resolved inside the statement: no separate round trip), given ids, or all.
const OF_COACH = `
MATCH (:Coach {id: $coachId})-[:COACHES]->(a:Athlete)
WITH DISTINCT a ORDER BY a.id LIMIT $limit`;
const OF_IDS = `
UNWIND $ids AS id
MATCH (a:Athlete {id: id})`;
const OF_ALL = `
MATCH (a:Athlete)
WITH a ORDER BY a.id SKIP $offset LIMIT $limit`;

export const ATHLETES_BY_IDS = `${OF_IDS}
RETURN ${PROFILE}`;

/** Roster statements by scope: profiles only, or profiles with the dashboard inputs (one statement either way). */
export const ROSTER = {
  coach: { profiles: `${OF_COACH}\nRETURN ${PROFILE}`, withStatus: `${OF_COACH}\nRETURN ${PROFILE},${STATUS}` },
  ids: { profiles: ATHLETES_BY_IDS, withStatus: `${OF_IDS}\nRETURN ${PROFILE},${STATUS}` },
  all: { profiles: `${OF_ALL}\nRETURN ${PROFILE}`, withStatus: `${OF_ALL}\nRETURN ${PROFILE},${STATUS}` },
} as const;

export const STATUS_INPUTS_BY_IDS = `${OF_IDS}
RETURN a.id AS athleteId,${STATUS}`;

export const ALL_ATHLETE_IDS = `
MATCH (a:Athlete)
RETURN a.id AS id ORDER BY id SKIP $offset LIMIT $limit`;

export const PROGRAM_IDS_BY_ATHLETE_IDS = `
UNWIND $ids AS id
MATCH (p:Program)-[:FOR]->(:Athlete {id: id})
WITH id, p ORDER BY p.createdAt DESC
RETURN id AS athleteId, collect(p.id) AS programIds`;
