// An athlete's profile and log, nested per session (the planner's input). Sessions oldest first;
// performances and sets come back in chain order and are sorted by the mapper.
export const ATHLETE_HISTORY = `
MATCH (a:Athlete {id: $athleteId})
OPTIONAL MATCH (a)-[:LOGGED]->(s:Session)
WHERE $from IS NULL OR s.date >= $from
WITH a, s
ORDER BY s.startedAt, s.id
RETURN a {.id, .name, .sex, .bodyweightKg} AS athlete,
  collect(s {.id, .key, .startedAt, .date, .title, .durationMin, .sessionRpe, .notes,
    performances: [(s)-[:INCLUDES]->(p:Performance)-[:OF]->(e:Exercise) | p {
      .order, .notes, .supersetId, .sets, .reps, .weightKg, .restSec, .rpe, .rir, exerciseId: e.id,
      setRows: [(p)-[:HAS_SET]->(st:Set) | st {.index, .type, .reps, .weightKg, .rpe, .rir, .restSec, .distanceM, .durationSec}]
    }]
  }) AS sessions`;
