// A planner program = a ProgramRepository-compatible Program whose ProgramDays are the block's
// (week, day) sessions: `index` = week · daysPerWeek + day (so ProgramRepository.byId reads them as an
// ordered list), plus the week index, deload flag, day-of-week and day-in-week, and on each
// Prescription its source and the exercise name and muscles as prescribed (a snapshot). A Prescription's
// `weightKg` is the program's `loadKg` (null = none), read with `loadPerHand` (weightKg is each dumbbell or
// kettlebell) and `bodyweight` (the body is the load, weightKg the added load); programs stored before
// the two flags read as false/false.
export const CREATE_PLANNED_DAYS = `
MATCH (p:Program {id: $id})
UNWIND $days AS day
CREATE (p)-[:HAS_DAY]->(d:ProgramDay {
  id: day.id, index: day.index, label: day.label, week: day.week, deload: day.deload, dayIndex: day.dayIndex, dayOfWeek: day.dayOfWeek
})
WITH d, day
UNWIND day.prescriptions AS rx
MATCH (e:Exercise {id: rx.exerciseId})
CREATE (d)-[:PRESCRIBES]->(:Prescription {
  id: rx.id, order: rx.order, sets: rx.sets, reps: rx.reps, weightKg: rx.weightKg, loadPerHand: rx.loadPerHand, bodyweight: rx.bodyweight,
  restSec: rx.restSec, targetRpe: rx.targetRpe, rationale: rx.rationale, source: rx.source, exerciseName: rx.exerciseName, primaryMuscles: rx.primaryMuscles,
  secondaryMuscles: rx.secondaryMuscles
})-[:OF]->(e)`;

export const LINK_ATHLETE = `
MATCH (p:Program {id: $id}), (a:Athlete {id: $athleteId})
CALL (p) {
  MATCH (p)-[old:FOR]->(:Athlete)
  DELETE old
}
MERGE (p)-[:FOR]->(a)`;

export const GET_PLANNED_PROGRAM = `
MATCH (p:Program {id: $id})
OPTIONAL MATCH (p)-[:FOR]->(a:Athlete)
RETURN p {.id, .daysPerWeek, .weeks, .goal, .status, createdAt: toString(p.createdAt)} AS program, a.id AS athleteId,
  [(p)-[:HAS_DAY]->(d:ProgramDay) | d {.index, .label, .week, .deload, .dayIndex, .dayOfWeek,
     prescriptions: [(d)-[:PRESCRIBES]->(rx:Prescription)-[:OF]->(e:Exercise) |
       rx {.order, .sets, .reps, .weightKg, .loadPerHand, .bodyweight, .restSec, .targetRpe, .rationale, .source, .exerciseName, .primaryMuscles, .secondaryMuscles, exerciseId: e.id}]}] AS days`;
