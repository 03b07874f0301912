// Columnar on purpose: one record per athlete with parallel lists decodes far faster than 100k
// records; numbers come back as floats (toFloat) so no Integer objects are built per value.
export const EXPORT_PERFORMANCES = `
UNWIND $athleteIds AS athleteId
MATCH (p:Performance {athleteId: athleteId})
WHERE $to IS NULL OR p.date <= $to
WITH athleteId, p ORDER BY p.startedAt, p.sessionId, p.order
RETURN athleteId,
  collect(p.id) AS id, collect(p.sessionId) AS sessionId, collect(p.exerciseId) AS exerciseId,
  collect(p.date) AS date, collect(p.startedAt) AS startedAt, collect(toFloat(p.order)) AS order,
  collect(toFloat(coalesce(p.sets, 0))) AS sets, collect(toFloat(coalesce(p.reps, 0))) AS reps,
  collect(coalesce(p.weightKg, 0.0)) AS weightKg, collect(coalesce(p.restSec, -1.0)) AS restSec,
  collect(coalesce(p.rpe, -1.0)) AS rpe, collect(coalesce(p.rir, -1.0)) AS rir,
  collect(coalesce(p.volumeKg, 0.0)) AS volumeKg, collect(coalesce(p.e1rmKg, 0.0)) AS e1rmKg
ORDER BY athleteId`;

export const EXPORT_SESSION_LOADS = `
UNWIND $athleteIds AS athleteId
MATCH (s:Session {athleteId: athleteId})
WHERE $to IS NULL OR s.date <= $to
RETURN athleteId, collect(s.id) AS id, collect(s.date) AS date, collect(coalesce(s.loadAu, 0.0)) AS loadAu`;

export const EXPORT_EXERCISES = `
MATCH (e:Exercise) WHERE e.id IN $ids
RETURN e.id AS id, e.mechanic AS mechanic, e.force AS force, e.bodyweight AS bodyweight,
  [(e)-[t:TARGETS]->(m:MuscleGroup) | [m.id, t.share]] AS targets`;
