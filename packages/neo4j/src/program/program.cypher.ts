// A program (the domain's contract, @liftgraph/domain/program) in the graph:
// (Program)-[:FOR]->(Athlete), (Coach)-[:AUTHORED]->(Program),
// (Program)-[:HAS_DAY]->(ProgramDay)-[:PRESCRIBES]->(Prescription)-[:OF]->(Exercise).
// The contract's weeks → days → prescriptions are stored as one ProgramDay per (week, day) carrying its
// place: `week` (0-based week of the block), `dayIndex` (0-based session of that week), `dayOfWeek`
// (1 = Monday … 7 = Sunday) and the week's `deload`; a Prescription's `order` is its place in the day,
// its `weightKg` the contract's `loadKg` (read with `loadPerHand` and `bodyweight`), and it keeps the
// exercise's name and muscles as prescribed (a snapshot). A day has its calendar `date` and `status`
// (planned | skipped); the program its `startDate`; a prescription its `details`, `locked` and
// `adjustment` (the contract's object as a JSON string: Neo4j properties cannot nest).
// program.mapper.ts is the one mapping.

export const UPSERT_PROGRAM = `
MERGE (p:Program {id: $id})
ON CREATE SET p.createdAt = datetime($createdAt)
SET p.name = $name, p.daysPerWeek = $daysPerWeek, p.weeks = $weeks, p.goal = $goal, p.status = $status, p.startDate = $startDate`;

// A saved program replaces its days wholesale: simpler and safer than diffing prescriptions.
export const DELETE_PROGRAM_DAYS = `
MATCH (:Program {id: $id})-[:HAS_DAY]->(d:ProgramDay)
OPTIONAL MATCH (d)-[:PRESCRIBES]->(rx:Prescription)
DETACH DELETE rx, d`;

export const CREATE_PROGRAM_DAYS = `
MATCH (p:Program {id: $id})
UNWIND $days AS day
CREATE (p)-[:HAS_DAY]->(d:ProgramDay {
  id: day.id, week: day.week, dayIndex: day.dayIndex, dayOfWeek: day.dayOfWeek, deload: day.deload, label: day.label,
  date: day.date, status: day.status
})
WITH d, day
UNWIND day.prescriptions AS rx
MATCH (e:Exercise {id: rx.exerciseId})
CREATE (d)-[:PRESCRIBES]->(:Prescription {
  id: rx.id, order: rx.order, sets: rx.sets, reps: rx.reps, weightKg: rx.weightKg, loadPerHand: rx.loadPerHand, bodyweight: rx.bodyweight,
  restSec: rx.restSec, targetRpe: rx.targetRpe, rationale: rx.rationale, source: rx.source, exerciseName: rx.exerciseName,
  primaryMuscles: rx.primaryMuscles, secondaryMuscles: rx.secondaryMuscles, details: rx.details, locked: rx.locked,
  adjustment: rx.adjustment
})-[:OF]->(e)`;

// Sessions logged against a day of the program FULFIL it again after a save replaced the days
// (a day is known by its week and dayIndex, which edits never change).
export const RELINK_FULFILMENTS = `
MATCH (p:Program {id: $id})-[:HAS_DAY]->(d:ProgramDay)
MATCH (s:Session {programId: $id, week: d.week, day: d.dayIndex})
MERGE (s)-[:FULFILS]->(d)`;

// Deletes a program with its days and prescriptions; sessions that followed it stay, without the link.
export const DELETE_PROGRAM = `
MATCH (p:Program {id: $id})
OPTIONAL MATCH (s:Session {programId: $id})
SET s.programId = null, s.week = null, s.day = null
WITH DISTINCT p
CALL (p) {
  MATCH (p)-[:HAS_DAY]->(d:ProgramDay)
  OPTIONAL MATCH (d)-[:PRESCRIBES]->(rx:Prescription)
  DETACH DELETE rx, d
}
DETACH DELETE p
RETURN count(*) AS deleted`;

export const SET_PROGRAM_STATUS = `
MATCH (p:Program {id: $id})
SET p.status = $status
RETURN p.id AS id`;

// Templates a coach authored (all templates when $coachId is null), newest first.
export const TEMPLATE_IDS = `
MATCH (p:Program {status: 'template'})
WHERE $coachId IS NULL OR EXISTS { (:Coach {id: $coachId})-[:AUTHORED]->(p) }
RETURN p.id AS id ORDER BY p.createdAt DESC`;

// The program is FOR this athlete alone (a re-save keeps one FOR edge).
export const LINK_ATHLETE = `
MATCH (p:Program {id: $id}), (a:Athlete {id: $athleteId})
CALL (p) {
  MATCH (p)-[old:FOR]->(:Athlete)
  DELETE old
}
MERGE (p)-[:FOR]->(a)`;

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

// Programs by id, one row each (a program is always FOR an athlete): what toStoredProgram reads.
export const PROGRAMS_BY_IDS = `
UNWIND $ids AS id
MATCH (p:Program {id: id})-[:FOR]->(a:Athlete)
OPTIONAL MATCH (c:Coach)-[:AUTHORED]->(p)
RETURN p {.id, .name, .daysPerWeek, .goal, .status, .startDate, createdAt: toString(p.createdAt)} AS program,
  a.id AS athleteId, c.id AS coachId,
  [(p)-[:HAS_DAY]->(d:ProgramDay) | d {.week, .dayIndex, .dayOfWeek, .deload, .label, .date, .status,
     sessionId: head([(s:Session)-[:FULFILS]->(d) | s.id]),
     prescriptions: [(d)-[:PRESCRIBES]->(rx:Prescription)-[:OF]->(e:Exercise) |
       rx {.order, .sets, .reps, .weightKg, .loadPerHand, .bodyweight, .restSec, .targetRpe, .rationale, .source, .exerciseName,
         .primaryMuscles, .secondaryMuscles, .details, .locked, .adjustment, exerciseId: e.id}]}] AS days`;

export const UPDATE_PRESCRIPTION = `
MATCH (:Program {id: $programId})-[:HAS_DAY]->(:ProgramDay {week: $week, dayIndex: $day})-[:PRESCRIBES]->(rx:Prescription {order: $order})
SET rx += $patch
RETURN rx.id AS id`;
