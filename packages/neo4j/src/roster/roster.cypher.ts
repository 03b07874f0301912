// Batch-shaped reads for the API's per-request loaders: one statement for N athletes.

export const ATHLETES_BY_IDS = `
UNWIND $ids AS id
MATCH (a:Athlete {id: id})
RETURN a {.id, .name, .sex, .birthYear, .bodyweightKg} AS athlete, head([(c:Coach)-[:COACHES]->(a) | c.id]) AS coachId`;

export const ALL_ATHLETE_IDS = `
MATCH (a:Athlete)
RETURN a.id AS id ORDER BY id SKIP $offset LIMIT $limit`;

// Session-RPE load (AU) per session since $from; the session's stored loadAu is the domain's estimate.
export const RECENT_LOADS = `
UNWIND $ids AS id
MATCH (s:Session {athleteId: id})
WHERE s.startedAt >= $from
RETURN id AS athleteId, collect({date: s.date, load: coalesce(s.loadAu, 0.0)}) AS loads`;

export const LAST_SESSION_DATES = `
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Session {athleteId: id})
  RETURN s.date AS lastDate ORDER BY s.startedAt DESC LIMIT 1
}
RETURN id AS athleteId, lastDate`;

// The most recently assigned program per athlete and the sessions logged since it started.
export const ACTIVE_PROGRAMS = `
UNWIND $ids AS id
MATCH (p:Program)-[f:FOR]->(:Athlete {id: id})
WITH id, p, coalesce(f.assignedAt, p.createdAt) AS start
ORDER BY start DESC
WITH id, head(collect({p: p, start: start})) AS latest
WITH id, latest.p AS p, latest.start AS start
RETURN id AS athleteId, p.id AS programId, p.daysPerWeek AS daysPerWeek, p.weeks AS weeks, toString(date(start)) AS startDate,
  COUNT { MATCH (s:Session {athleteId: id}) WHERE s.date >= toString(date(start)) } AS completed`;

export const PROGRAM_IDS_BY_ATHLETE_IDS = `
UNWIND $ids AS id
MATCH (p:Program)-[:FOR]->(:Athlete {id: id})
WITH id, p ORDER BY p.createdAt DESC
RETURN id AS athleteId, collect(p.id) AS programIds`;

export const PROGRAMS_BY_IDS = `
UNWIND $ids AS id
MATCH (p:Program {id: id})
OPTIONAL MATCH (p)-[:FOR]->(a:Athlete)
OPTIONAL MATCH (c:Coach)-[:AUTHORED]->(p)
RETURN p {.id, .name, .daysPerWeek, .weeks, .goal, .status, createdAt: toString(p.createdAt)} AS program,
  a.id AS athleteId, c.id AS coachId,
  [(p)-[:HAS_DAY]->(d:ProgramDay) | d {.index, .label,
     prescriptions: [(d)-[:PRESCRIBES]->(rx:Prescription)-[:OF]->(e:Exercise) |
       rx {.order, .sets, .reps, .weightKg, .restSec, .targetRpe, .rationale, exerciseId: e.id}]}] AS days`;
