export const UPSERT_PROGRAM = `
MERGE (p:Program {id: $id})
ON CREATE SET p.createdAt = datetime($createdAt)
SET p.name = $name, p.daysPerWeek = $daysPerWeek, p.weeks = $weeks, p.goal = $goal, p.status = $status`;

// A saved program replaces its days wholesale: simpler and safer than diffing prescriptions.
export const DELETE_PROGRAM_DAYS = `
MATCH (:Program {id: $id})-[:HAS_DAY]->(d:ProgramDay)
OPTIONAL MATCH (d)-[:PRESCRIBES]->(rx:Prescription)
DETACH DELETE rx, d`;

export const CREATE_PROGRAM_DAYS = `
MATCH (p:Program {id: $id})
UNWIND $days AS day
CREATE (p)-[:HAS_DAY]->(d:ProgramDay {id: day.id, index: day.index, label: day.label})
WITH d, day
UNWIND day.prescriptions AS rx
MATCH (e:Exercise {id: rx.exerciseId})
CREATE (d)-[:PRESCRIBES]->(:Prescription {
  id: rx.id, order: rx.order, sets: rx.sets, reps: rx.reps, weightKg: rx.weightKg, loadPerHand: rx.loadPerHand, bodyweight: rx.bodyweight,
  restSec: rx.restSec, targetRpe: rx.targetRpe, rationale: rx.rationale
})-[:OF]->(e)`;

export const LINK_AUTHOR = `
MATCH (p:Program {id: $id})
MERGE (c:Coach {id: $coachId})
MERGE (c)-[:AUTHORED]->(p)`;

// Serializes assignments per athlete: the write lock on the athlete node is taken by this statement,
// before ASSIGN_PROGRAM reads which of their programs are active, so two concurrent assignments cannot
// both leave their program active.
export const LOCK_ATHLETE_PROGRAMS = `
MATCH (a:Athlete {id: $athleteId}), (:Program {id: $programId})
SET a.programAssignedAt = datetime()
RETURN a.id AS id`;

// The program becomes FOR this athlete alone, stamped (compliance counts sessions from then) and active;
// every other active program of the athlete is archived: the athlete follows exactly one program.
export const ASSIGN_PROGRAM = `
MATCH (p:Program {id: $programId}), (a:Athlete {id: $athleteId})
CALL (p) {
  MATCH (p)-[old:FOR]->(:Athlete)
  DELETE old
}
MERGE (p)-[f:FOR]->(a)
SET f.assignedAt = datetime(), p.status = 'active'
WITH p, a
CALL (p, a) {
  MATCH (other:Program)-[:FOR]->(a)
  WHERE other <> p AND other.status = 'active'
  SET other.status = 'archived'
  RETURN collect(other.id) AS archived
}
RETURN p.id AS id, archived`;

export const GET_PROGRAM = `
MATCH (p:Program {id: $id})
OPTIONAL MATCH (p)-[:FOR]->(a:Athlete)
OPTIONAL MATCH (c:Coach)-[:AUTHORED]->(p)
RETURN p {.id, .name, .daysPerWeek, .weeks, .goal, .status, createdAt: toString(p.createdAt)} AS program,
  a.id AS athleteId, c.id AS coachId,
  [(p)-[:HAS_DAY]->(d:ProgramDay) | d {.index, .label,
     prescriptions: [(d)-[:PRESCRIBES]->(rx:Prescription)-[:OF]->(e:Exercise) |
       rx {.order, .sets, .reps, .weightKg, .loadPerHand, .bodyweight, .restSec, .targetRpe, .rationale, exerciseId: e.id}]}] AS days`;

export const PROGRAMS_FOR_ATHLETE = `
MATCH (p:Program)-[:FOR]->(:Athlete {id: $athleteId})
RETURN p.id AS id
ORDER BY p.createdAt DESC, id`;
