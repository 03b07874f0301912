export const NODE_COUNTS_BY_LABEL = `
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
ORDER BY label`;

export const RELATIONSHIP_COUNTS_BY_TYPE = `
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS n
ORDER BY type`;

// The exercise catalog by where each exercise comes from (liftgraph, free-exercise-db, custom).
export const EXERCISES_BY_SOURCE = `
MATCH (e:Exercise)
RETURN coalesce(e.source, 'unknown') AS source, count(*) AS n
ORDER BY source`;
