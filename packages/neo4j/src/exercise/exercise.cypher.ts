const EXERCISE_FIELDS = `{.id, .name, .mechanic, .force, .equipment, .level, .category, .pattern, .source, .bodyweight}`;

export const EXERCISES_BY_MUSCLE = `
MATCH (e:Exercise)-[t:TARGETS]->(:MuscleGroup {id: $muscle})
WHERE $role IS NULL OR t.role = $role
RETURN e ${EXERCISE_FIELDS} AS exercise, t.share AS score
ORDER BY score DESC, exercise.id
LIMIT $limit`;

export const EXERCISES_BY_PATTERN = `
MATCH (e:Exercise)-[:HAS_PATTERN]->(:MovementPattern {id: $pattern})
RETURN e ${EXERCISE_FIELDS} AS exercise, 1.0 AS score
ORDER BY exercise.id
LIMIT $limit`;

export const EXERCISES_BY_EQUIPMENT = `
MATCH (e:Exercise)
WHERE e.equipment IN $equipment
RETURN e ${EXERCISE_FIELDS} AS exercise, 1.0 AS score
ORDER BY exercise.id
LIMIT $limit`;

export const SIMILAR_EXERCISES = `
MATCH (:Exercise {id: $exerciseId})-[s:SIMILAR_TO]->(e:Exercise)
RETURN e ${EXERCISE_FIELDS} AS exercise, s.score AS score, s.basis AS basis
ORDER BY score DESC, exercise.id
LIMIT $limit`;

// Substitutes: the exercise's SIMILAR_TO neighbours with allowed equipment, topped up with same-pattern
// exercises ranked by muscle overlap (Σ min share), so a narrow equipment list still gets answers.
export const SUBSTITUTES = `
MATCH (x:Exercise {id: $exerciseId})
CALL (x) {
  MATCH (x)-[s:SIMILAR_TO]->(e:Exercise)
  WHERE e.equipment IN $equipment AND ($sources IS NULL OR e.source IN $sources)
  RETURN e, s.score AS score, s.basis AS basis
  UNION
  MATCH (x)-[:HAS_PATTERN]->(:MovementPattern)<-[:HAS_PATTERN]-(e:Exercise)
  WHERE e <> x AND e.equipment IN $equipment AND e.source <> 'custom' AND ($sources IS NULL OR e.source IN $sources)
    AND NOT (x)-[:SIMILAR_TO]->(e)
  OPTIONAL MATCH (x)-[tx:TARGETS]->(m:MuscleGroup)<-[te:TARGETS]-(e)
  WITH e, sum(CASE WHEN tx.share < te.share THEN tx.share ELSE te.share END) AS overlap
  RETURN e, 0.25 + 0.6 * overlap AS score, 'same pattern; muscle overlap ' + toString(round(overlap, 2)) AS basis
}
RETURN e ${EXERCISE_FIELDS} AS exercise, score, basis
ORDER BY score DESC, exercise.id
LIMIT $limit`;

export const SHARED_MUSCLES = `
MATCH (:Exercise {id: $a})-[ta:TARGETS]->(m:MuscleGroup)<-[tb:TARGETS]-(:Exercise {id: $b})
WITH m, ta, tb, CASE WHEN ta.share < tb.share THEN ta.share ELSE tb.share END AS overlap
RETURN m.id AS muscle, ta.role AS roleA, ta.share AS shareA, tb.role AS roleB, tb.share AS shareB, overlap
ORDER BY overlap DESC, muscle`;

// Carry-over chains up to three hops; the path weight is the product of the edge weights.
export const TRANSFER_PATHS = `
MATCH p = (:Exercise {id: $from})-[:TRANSFERS_TO*1..3]->(:Exercise {id: $to})
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS exerciseIds, reduce(w = 1.0, r IN relationships(p) | w * r.weight) AS weight
ORDER BY weight DESC, size(exerciseIds), exerciseIds
LIMIT $limit`;

// Both directions of TRANSFERS_TO (weight) and SIMILAR_TO (score), the strongest $limit per kind and
// direction. SIMILAR_TO is stored per ordered pair; an incoming edge already answered outgoing is skipped.
export const EXERCISE_NEIGHBOURS = `
MATCH (x:Exercise {id: $exerciseId})
CALL (x) {
  MATCH (x)-[r:TRANSFERS_TO]->(e:Exercise)
  RETURN e, 'TRANSFERS_TO' AS kind, 'out' AS direction, r.weight AS weight, null AS basis
  UNION ALL
  MATCH (x)<-[r:TRANSFERS_TO]-(e:Exercise)
  RETURN e, 'TRANSFERS_TO' AS kind, 'in' AS direction, r.weight AS weight, null AS basis
  UNION ALL
  MATCH (x)-[r:SIMILAR_TO]->(e:Exercise)
  RETURN e, 'SIMILAR_TO' AS kind, 'out' AS direction, r.score AS weight, r.basis AS basis
  UNION ALL
  MATCH (x)<-[r:SIMILAR_TO]-(e:Exercise)
  WHERE NOT (x)-[:SIMILAR_TO]->(e)
  RETURN e, 'SIMILAR_TO' AS kind, 'in' AS direction, r.score AS weight, r.basis AS basis
}
WITH kind, direction, e, weight, basis
ORDER BY weight DESC, e.id
WITH kind, direction, collect({e: e, weight: weight, basis: basis})[..$limit] AS top
UNWIND top AS t
WITH kind, direction, t.e AS e, t.weight AS weight, t.basis AS basis
RETURN e ${EXERCISE_FIELDS} AS exercise, kind, direction, weight, basis
ORDER BY kind DESC, direction DESC, weight DESC, exercise.id`;
