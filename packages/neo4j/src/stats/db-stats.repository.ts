import type { GraphDb } from '../graph-db.js';
import { toNumber, toStringValue } from '../integer.mapper.js';
import { readTx } from '../tx.js';
import { EXERCISES_BY_SOURCE, NODE_COUNTS_BY_LABEL, RELATIONSHIP_COUNTS_BY_TYPE } from './db-stats.cypher.js';

export interface DbStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Exercise nodes per source: the curated catalog, free-exercise-db imports, custom exercises from logs. */
  exercisesBySource: Record<string, number>;
}

/** Node counts per label, relationship counts per type and exercises per source, keys sorted. */
export async function dbStats(db: GraphDb): Promise<DbStats> {
  return readTx(db, 'db.stats', async (tx) => {
    const nodes = await tx.run(NODE_COUNTS_BY_LABEL);
    const rels = await tx.run(RELATIONSHIP_COUNTS_BY_TYPE);
    const sources = await tx.run(EXERCISES_BY_SOURCE);
    return {
      nodes: Object.fromEntries(nodes.records.map((r) => [toStringValue(r.get('label'), 'label'), toNumber(r.get('n'), 'n')])),
      relationships: Object.fromEntries(rels.records.map((r) => [toStringValue(r.get('type'), 'type'), toNumber(r.get('n'), 'n')])),
      exercisesBySource: Object.fromEntries(
        sources.records.map((r) => [toStringValue(r.get('source'), 'source'), toNumber(r.get('n'), 'n')]),
      ),
    };
  });
}
