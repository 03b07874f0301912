// Columnar chunks on purpose: records of parallel lists (≤ $chunk items) decode far faster than one
// record per performance, while staying small, since the JS driver reads values that straddle many
// network chunks in time linear in the chunk count (one huge record made the export quadratic).
// Numbers come back as floats (toFloat) so no Integer object is built per value.
export const EXPORT_PERFORMANCES = `
UNWIND $athleteIds AS athleteId
MATCH (p:Performance {athleteId: athleteId})
WHERE $to IS NULL OR p.date <= $to
WITH athleteId, p ORDER BY p.startedAt, p.sessionId, p.order
WITH athleteId, collect(p) AS ps
UNWIND range(0, size(ps) - 1, $chunk) AS offset
WITH athleteId, offset, ps[offset..offset + $chunk] AS c
RETURN athleteId, offset,
  [p IN c | p.id] AS id, [p IN c | p.sessionId] AS sessionId, [p IN c | p.exerciseId] AS exerciseId,
  [p IN c | p.date] AS date, [p IN c | p.startedAt] AS startedAt, [p IN c | toFloat(p.order)] AS order,
  [p IN c | toFloat(coalesce(p.sets, 0))] AS sets, [p IN c | toFloat(coalesce(p.reps, 0))] AS reps,
  [p IN c | coalesce(p.weightKg, 0.0)] AS weightKg, [p IN c | coalesce(p.restSec, -1.0)] AS restSec,
  [p IN c | coalesce(p.rpe, -1.0)] AS rpe, [p IN c | coalesce(p.rir, -1.0)] AS rir,
  [p IN c | coalesce(p.volumeKg, 0.0)] AS volumeKg, [p IN c | coalesce(p.e1rmKg, 0.0)] AS e1rmKg
ORDER BY athleteId, offset`;

export const EXPORT_SESSION_LOADS = `
UNWIND $athleteIds AS athleteId
MATCH (s:Session {athleteId: athleteId})
WHERE $to IS NULL OR s.date <= $to
WITH athleteId, collect(s) AS ss
UNWIND range(0, size(ss) - 1, $chunk) AS offset
WITH athleteId, offset, ss[offset..offset + $chunk] AS c
RETURN athleteId, offset, [s IN c | s.id] AS id, [s IN c | s.date] AS date, [s IN c | coalesce(s.loadAu, 0.0)] AS loadAu
ORDER BY athleteId, offset`;

export const EXPORT_EXERCISES = `
MATCH (e:Exercise) WHERE e.id IN $ids
RETURN e.id AS id, e.mechanic AS mechanic, e.force AS force, e.bodyweight AS bodyweight,
  [(e)-[t:TARGETS]->(m:MuscleGroup) | [m.id, t.share]] AS targets`;
