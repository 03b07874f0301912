import neo4j from 'neo4j-driver';
import { Neo4jStoreError, toStoreError } from '../errors.js';
import { type GraphDb, openSession } from '../graph-db.js';
import { toNumber, toStringValue } from '../integer.mapper.js';
import { APP_METADATA, readTx } from '../tx.js';
import { APPLIED_MIGRATIONS, RECORD_MIGRATION } from './migrate.cypher.js';
import { loadMigrations, type Migration } from './migration-files.js';

export interface MigrateResult {
  applied: Array<{ version: number; name: string }>;
  skipped: number;
}

async function appliedChecksums(db: GraphDb): Promise<Map<number, string>> {
  return readTx(db, 'migrate.applied', async (tx) => {
    const res = await tx.run(APPLIED_MIGRATIONS);
    return new Map(res.records.map((r) => [toNumber(r.get('version'), 'version'), toStringValue(r.get('checksum'), 'checksum')]));
  });
}

/** Neo4j's answer to a schema statement whose rule a concurrent migrator created a moment before. */
const CONCURRENT_SCHEMA_CODES = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

const MAX_ATTEMPTS = 5;

function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.TransientError.');
}

export function isConcurrentSchemaRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONCURRENT_SCHEMA_CODES.has(code);
}

// Schema commands cannot share a transaction with data writes, so each statement is its own
// auto-commit query; all are `IF NOT EXISTS`, which makes a half-applied migration safe to re-run.
async function apply(db: GraphDb, migration: Migration): Promise<void> {
  const session = openSession(db, 'WRITE');
  const txConfig = { metadata: { app: APP_METADATA, op: `migrate.V${migration.version}` } };
  try {
    for (const statement of migration.statements) {
      for (let attempt = 1; ; attempt++) {
        try {
          await session.run(statement, {}, txConfig);
          break;
        } catch (error) {
          // Two processes migrating one database at once (a second API replica starting with the first,
          // test files sharing a server) race on IF NOT EXISTS: the loser is told the rule already exists.
          // That is the state the statement asks for, so it counts as applied.
          if (isConcurrentSchemaRace(error)) break;
          // Or they deadlock on the label lock (a transient error Neo4j asks to retry): retry, a few times.
          if (!isTransient(error) || attempt >= MAX_ATTEMPTS) throw error;
          await new Promise((done) => setTimeout(done, 50 * attempt + Math.random() * 50));
        }
      }
    }
    const params = { version: neo4j.int(migration.version), name: migration.name, checksum: migration.checksum };
    await session.executeWrite((tx) => tx.run(RECORD_MIGRATION, params), txConfig);
  } catch (error) {
    const mapped = toStoreError(error, `migration V${migration.version}__${migration.name}`);
    throw mapped instanceof Neo4jStoreError ? new Neo4jStoreError('MIGRATION_FAILED', mapped.message, { cause: error }) : mapped;
  } finally {
    await session.close();
  }
}

/**
 * Applies the pending numbered migrations in order and records each as
 * `(:__Migration {version, name, checksum, appliedAt})`. Idempotent: applied versions are skipped.
 * A recorded migration whose file changed since is refused (`MIGRATION_CHECKSUM_MISMATCH`): write a new one.
 */
export async function migrate(db: GraphDb, migrations?: readonly Migration[]): Promise<MigrateResult> {
  const all = migrations ?? (await loadMigrations());
  const done = await appliedChecksums(db);
  const result: MigrateResult = { applied: [], skipped: 0 };
  for (const m of all) {
    const checksum = done.get(m.version);
    if (checksum === m.checksum) {
      result.skipped += 1;
      continue;
    }
    if (checksum !== undefined) {
      throw new Neo4jStoreError(
        'MIGRATION_CHECKSUM_MISMATCH',
        `migration V${String(m.version).padStart(3, '0')}__${m.name} was applied with checksum ${checksum.slice(0, 12)}… but the file now hashes to ${m.checksum.slice(0, 12)}…; never edit an applied migration, add a new one`,
      );
    }
    await apply(db, m);
    result.applied.push({ version: m.version, name: m.name });
  }
  return result;
}
