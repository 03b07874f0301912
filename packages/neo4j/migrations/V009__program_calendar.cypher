// Programs live on a calendar (issue #17): a Program has a `startDate` and every ProgramDay a `date`
// (YYYY-MM-DD) and a `status` (planned | skipped). Programs stored before had neither: the block starts
// on the Monday of the week it was created (or assigned, when that is known) and each day falls on its
// weekday of its week; no day was skipped.
MATCH (p:Program)
WHERE p.startDate IS NULL
OPTIONAL MATCH (p)-[f:FOR]->(:Athlete)
WITH p, date(coalesce(f.assignedAt, p.createdAt, datetime())) AS d0
SET p.startDate = toString(d0 - duration({days: d0.dayOfWeek - 1}));
MATCH (p:Program)-[:HAS_DAY]->(d:ProgramDay)
WHERE d.date IS NULL OR d.status IS NULL
SET d.date = coalesce(d.date, toString(date(p.startDate) + duration({days: d.week * 7 + d.dayOfWeek - 1}))),
    d.status = coalesce(d.status, 'planned');
