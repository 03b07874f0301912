// Columnar chunks on purpose: records of parallel lists (≤ $chunk items) decode far faster than one
// record per row, while staying small, since the JS driver reads values that straddle many network
// chunks in time linear in the chunk count (one huge record made the export quadratic).
// Integers come back as floats (toFloat) so no Integer object is built per value; nulls stay null.

export const EXPORT_ATHLETE_IDS = `
MATCH (a:Athlete) WHERE EXISTS { (a)-[:LOGGED]->(:Session) }
RETURN a.id AS id ORDER BY id`;

// One query, sessions in start order, each with its performances and their sets nested as small
// tuples (no per-performance session ids, no second sort): [order, exerciseName, exerciseId, notes,
// supersetId, [[index, type, reps, weightKg, rpe, rir, restSec, distanceM, durationSec], …]].
export const EXPORT_SESSIONS = `
UNWIND $athleteIds AS athleteId
MATCH (s:Session {athleteId: athleteId})
WHERE $to IS NULL OR s.date <= $to
WITH athleteId, s ORDER BY s.startedAt, s.id
WITH athleteId, collect(s) AS ss
UNWIND range(0, size(ss) - 1, $chunk) AS offset
WITH athleteId, offset, ss[offset..offset + $chunk] AS c
RETURN athleteId, offset,
  [s IN c | s.key] AS key, [s IN c | s.startedAt] AS startedAt, [s IN c | s.date] AS date, [s IN c | s.title] AS title,
  [s IN c | toFloat(s.durationMin)] AS durationMin, [s IN c | toFloat(s.sessionRpe)] AS sessionRpe, [s IN c | s.notes] AS notes,
  [s IN c | [(s)-[:INCLUDES]->(p:Performance) | [toFloat(p.order), p.exerciseName, p.exerciseId, p.notes, p.supersetId,
    [(p)-[:HAS_SET]->(st:Set) | [toFloat(st.index), st.type, toFloat(st.reps), st.weightKg, st.rpe, st.rir, st.restSec, st.distanceM, st.durationSec]]]]] AS performances
ORDER BY athleteId, offset`;
