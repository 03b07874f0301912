import type { Exercise } from '@liftgraph/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../graph-db.js';
import { writeTx } from '../tx.js';
import { buildCatalogRows, type CatalogRows } from './catalog-rows.mapper.js';
import {
  DELETE_STALE_SIMILAR,
  DELETE_STALE_TARGETS,
  DELETE_STALE_TRANSFERS,
  SEED_MOVEMENT_PATTERNS,
  SEED_MUSCLE_GROUPS,
  SEED_SIMILAR,
  SEED_TARGETS,
  SEED_TRANSFERS,
  UPSERT_EXERCISES,
} from './catalog.cypher.js';

/** What a seed run changed structurally (all zero when re-seeding an unchanged catalog). */
export interface SeedResult {
  exercises: number;
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export interface CatalogStatement {
  cypher: string;
  params: Record<string, unknown>;
}

const pairKeys = (rows: ReadonlyArray<{ from: string; to: string }>): string[] => rows.map((r) => `${r.from}|${r.to}`);

/** The seed as an ordered list of parameterized statements (exposed for snapshot tests). */
export function catalogSeedStatements(rows: CatalogRows): CatalogStatement[] {
  const exerciseIds = rows.exercises.map((e) => e.id);
  return [
    { cypher: SEED_MUSCLE_GROUPS, params: { rows: rows.muscles } },
    { cypher: SEED_MOVEMENT_PATTERNS, params: { rows: rows.patterns } },
    { cypher: UPSERT_EXERCISES, params: { rows: rows.exercises } },
    { cypher: DELETE_STALE_TARGETS, params: { exerciseIds, keep: rows.targets.map((t) => `${t.exerciseId}|${t.muscle}`) } },
    { cypher: SEED_TARGETS, params: { rows: rows.targets } },
    { cypher: DELETE_STALE_SIMILAR, params: { exerciseIds, keep: pairKeys(rows.similar) } },
    { cypher: SEED_SIMILAR, params: { rows: rows.similar } },
    { cypher: DELETE_STALE_TRANSFERS, params: { exerciseIds, keep: pairKeys(rows.transfers) } },
    { cypher: SEED_TRANSFERS, params: { rows: rows.transfers } },
  ];
}

async function runAll(tx: ManagedTransaction, statements: readonly CatalogStatement[]): Promise<Omit<SeedResult, 'exercises'>> {
  const totals = { nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  for (const s of statements) {
    const c = (await tx.run(s.cypher, s.params)).summary.counters.updates();
    totals.nodesCreated += c.nodesCreated;
    totals.relationshipsCreated += c.relationshipsCreated;
    totals.relationshipsDeleted += c.relationshipsDeleted;
  }
  return totals;
}

/**
 * Seeds (or re-seeds) the exercise catalog in one transaction: muscle groups, movement patterns,
 * exercises with HAS_PATTERN, TARGETS {role, share}, top-k SIMILAR_TO {score, basis} and
 * TRANSFERS_TO {weight}. Idempotent: an unchanged catalog creates and deletes nothing.
 */
export async function seedCatalog(db: GraphDb, catalog?: readonly Exercise[]): Promise<SeedResult> {
  const rows = buildCatalogRows(catalog);
  const totals = await writeTx(db, 'catalog.seed', (tx) => runAll(tx, catalogSeedStatements(rows)));
  return { exercises: rows.exercises.length, ...totals };
}
