import type { GraphDb } from '@liftgraph/neo4j';

/** Node counts per label and relationship counts per type, as one sorted record (for equality checks). */
export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
}

export async function graphCounts(db: GraphDb): Promise<GraphCounts> {
  const opts = { database: db.database };
  const labels = await db.driver.executeQuery('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label', {}, opts);
  const types = await db.driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type', {}, opts);
  const totals = await db.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    opts,
  );
  const t = totals.records[0];
  return {
    nodes: Object.fromEntries(labels.records.map((r) => [r.get('label') as string, Number(r.get('n'))])),
    relationships: Object.fromEntries(types.records.map((r) => [r.get('type') as string, Number(r.get('n'))])),
    totalNodes: Number(t?.get('nodes') ?? 0),
    totalRelationships: Number(t?.get('rels') ?? 0),
  };
}
