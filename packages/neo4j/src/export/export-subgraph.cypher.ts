// Columnar chunks on purpose: records of parallel lists (≤ $chunk items) decode far faster than one
// record per row, while staying small, since the JS driver reads values that straddle many network
// chunks in time linear in the chunk count (one huge record made the export quadratic).
// Integers come back as floats (toFloat) so no Integer object is built per value; nulls stay null.

export const EXPORT_ATHLETE_IDS = `
MATCH (a:Athlete) WHERE EXISTS { (a)-[:LOGGED]->(:Session) }
RETURN a.id AS id ORDER BY id`;

export const EXPORT_SESSIONS = `
UNWIND $athleteIds AS athleteId
MATCH (s:Session {athleteId: athleteId})
WHERE $to IS NULL OR s.date <= $to
WITH athleteId, s ORDER BY s.startedAt, s.id
WITH athleteId, collect(s) AS ss
UNWIND range(0, size(ss) - 1, $chunk) AS offset
WITH athleteId, offset, ss[offset..offset + $chunk] AS c
RETURN athleteId, offset,
  [s IN c | s.id] AS id, [s IN c | s.key] AS key, [s IN c | s.startedAt] AS startedAt, [s IN c | s.date] AS date,
  [s IN c | s.title] AS title, [s IN c | toFloat(s.durationMin)] AS durationMin, [s IN c | toFloat(s.sessionRpe)] AS sessionRpe,
  [s IN c | s.notes] AS notes
ORDER BY athleteId, offset`;

// Performances with their sets as nested per-performance lists (one HAS_SET expansion each).
export const EXPORT_PERFORMANCES = `
UNWIND $athleteIds AS athleteId
MATCH (p:Performance {athleteId: athleteId})
WHERE $to IS NULL OR p.date <= $to
WITH athleteId, p ORDER BY p.startedAt, p.sessionId, p.order
WITH athleteId, collect(p) AS ps
UNWIND range(0, size(ps) - 1, $chunk) AS offset
WITH athleteId, offset, ps[offset..offset + $chunk] AS c
WITH athleteId, offset, c, [p IN c | [(p)-[:HAS_SET]->(st:Set) | st]] AS sets
RETURN athleteId, offset,
  [p IN c | p.sessionId] AS sessionId, [p IN c | toFloat(p.order)] AS order, [p IN c | p.exerciseName] AS exerciseName,
  [p IN c | p.exerciseId] AS exerciseId, [p IN c | p.notes] AS notes, [p IN c | p.supersetId] AS supersetId,
  [ss IN sets | [st IN ss | toFloat(st.index)]] AS setIndex, [ss IN sets | [st IN ss | st.type]] AS setType,
  [ss IN sets | [st IN ss | toFloat(st.reps)]] AS setReps, [ss IN sets | [st IN ss | st.weightKg]] AS setWeightKg,
  [ss IN sets | [st IN ss | st.rpe]] AS setRpe, [ss IN sets | [st IN ss | st.rir]] AS setRir,
  [ss IN sets | [st IN ss | st.restSec]] AS setRestSec, [ss IN sets | [st IN ss | st.distanceM]] AS setDistanceM,
  [ss IN sets | [st IN ss | st.durationSec]] AS setDurationSec
ORDER BY athleteId, offset`;
