// One program contract (weeks → days → prescriptions): every ProgramDay carries its place in the block,
// `week` and `dayIndex` (0-based), `dayOfWeek` (1 = Monday … 7 = Sunday) and its week's `deload`, and
// every Prescription the planner's snapshot (exercise name, muscles, source) and numeric rest and RPE.
// The planner always stored these; days written by the old coach-side save kept only a block-wide
// `index` (= week · daysPerWeek + day): their place comes from it, their weekdays follow the session
// order from Monday (they had none) and they are not deloads.
MATCH (p:Program)-[:HAS_DAY]->(d:ProgramDay)
WHERE d.week IS NULL OR d.dayIndex IS NULL OR d.dayOfWeek IS NULL OR d.deload IS NULL
SET d.week = coalesce(d.week, d.index / p.daysPerWeek),
    d.dayIndex = coalesce(d.dayIndex, d.index % p.daysPerWeek),
    d.dayOfWeek = coalesce(d.dayOfWeek, d.index % p.daysPerWeek + 1),
    d.deload = coalesce(d.deload, false);
// Their prescriptions: the exercise's own name and muscles, source `default` (no model, no rule chose
// them), and no rest or RPE given read as 0 (none prescribed).
MATCH (:ProgramDay)-[:PRESCRIBES]->(rx:Prescription)-[:OF]->(e:Exercise)
WHERE rx.exerciseName IS NULL OR rx.source IS NULL OR rx.primaryMuscles IS NULL OR rx.secondaryMuscles IS NULL OR rx.restSec IS NULL OR rx.targetRpe IS NULL
SET rx.exerciseName = coalesce(rx.exerciseName, e.name),
    rx.source = coalesce(rx.source, 'default'),
    rx.primaryMuscles = coalesce(rx.primaryMuscles, [(e)-[t:TARGETS]->(m:MuscleGroup) WHERE t.role = 'primary' | m.id]),
    rx.secondaryMuscles = coalesce(rx.secondaryMuscles, [(e)-[t:TARGETS]->(m:MuscleGroup) WHERE t.role = 'secondary' | m.id]),
    rx.restSec = coalesce(rx.restSec, 0.0),
    rx.targetRpe = coalesce(rx.targetRpe, 0.0);
