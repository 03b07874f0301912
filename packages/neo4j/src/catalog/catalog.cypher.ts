export const SEED_MUSCLE_GROUPS = `
UNWIND $rows AS row
MERGE (m:MuscleGroup {id: row.id})
SET m.name = row.name, m.region = row.region`;

export const SEED_MOVEMENT_PATTERNS = `
UNWIND $rows AS row
MERGE (p:MovementPattern {id: row.id})
SET p.name = row.name, p.family = row.family`;

// Also used by log ingestion for custom exercises: one statement keeps node and pattern in step.
export const UPSERT_EXERCISES = `
UNWIND $rows AS row
MERGE (e:Exercise {id: row.id})
SET e += row.props
WITH e, row
CALL (e, row) {
  MATCH (e)-[old:HAS_PATTERN]->(x:MovementPattern) WHERE x.id <> row.pattern
  DELETE old
}
WITH e, row
MATCH (p:MovementPattern {id: row.pattern})
MERGE (e)-[:HAS_PATTERN]->(p)`;

export const SEED_TARGETS = `
UNWIND $rows AS row
MATCH (e:Exercise {id: row.exerciseId}), (m:MuscleGroup {id: row.muscle})
MERGE (e)-[t:TARGETS]->(m)
SET t.role = row.role, t.share = row.share`;

export const DELETE_STALE_TARGETS = `
MATCH (e:Exercise)-[t:TARGETS]->(m:MuscleGroup)
WHERE e.id IN $exerciseIds AND NOT (e.id + '|' + m.id) IN $keep
DELETE t`;

export const SEED_SIMILAR = `
UNWIND $rows AS row
MATCH (a:Exercise {id: row.from}), (b:Exercise {id: row.to})
MERGE (a)-[s:SIMILAR_TO]->(b)
SET s.score = row.score, s.basis = row.basis`;

export const DELETE_STALE_SIMILAR = `
MATCH (a:Exercise)-[s:SIMILAR_TO]->(b:Exercise)
WHERE a.id IN $exerciseIds AND NOT (a.id + '|' + b.id) IN $keep
DELETE s`;

// weight is learnable: seeded once, never overwritten; priorWeight always tracks the expert value.
export const SEED_TRANSFERS = `
UNWIND $rows AS row
MATCH (a:Exercise {id: row.from}), (b:Exercise {id: row.to})
MERGE (a)-[t:TRANSFERS_TO]->(b)
ON CREATE SET t.weight = row.weight, t.source = 'expert'
SET t.priorWeight = row.weight`;

export const DELETE_STALE_TRANSFERS = `
MATCH (a:Exercise)-[t:TRANSFERS_TO {source: 'expert'}]->(b:Exercise)
WHERE a.id IN $exerciseIds AND NOT (a.id + '|' + b.id) IN $keep
DELETE t`;
