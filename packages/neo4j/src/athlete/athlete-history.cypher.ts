// An athlete's profile and log, nested per session (the planner's input). Sessions oldest first;
// performances and sets come back in chain order and are sorted by the mapper. Sets logged as not done
// (left blank) are not part of what was performed.
export const ATHLETE_HISTORY = `
MATCH (a:Athlete {id: $athleteId})
OPTIONAL MATCH (a)-[:LOGGED]->(s:Session)
WHERE $from IS NULL OR s.date >= $from
WITH a, s
ORDER BY s.startedAt, s.id
RETURN a {.id, .name, .sex, .bodyweightKg, .timeZone, .unit, microplates: head([(u:User)-[:IS]->(a) | u.microplates])} AS athlete,
  collect(s {.id, .key, .startedAt, .date, .title, .durationMin, .sessionRpe, .notes,
    performances: [(s)-[:INCLUDES]->(p:Performance)-[:OF]->(e:Exercise) | p {
      .order, .notes, .supersetId, .sets, .reps, .weightKg, .restSec, .rpe, .rir, exerciseId: e.id,
      setRows: [(p)-[:HAS_SET]->(st:Set) WHERE coalesce(st.done, true) | st {.index, .type, .reps, .weightKg, .rpe, .rir, .restSec, .distanceM, .durationSec}]
    }]
  }) AS sessions`;
