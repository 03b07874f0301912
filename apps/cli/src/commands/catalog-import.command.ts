import { readFileSync, existsSync } from 'node:fs';
import { mergeFreeExerciseDb, type MergeDecision } from '@liftgraph/domain';
import { migrate, seedCatalog } from '@liftgraph/neo4j';
import { parseArgs } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { withGraphDb } from './with-graph-db.js';

/** What `catalog import` reports: the merge's decisions counted, and what the write changed. */
export interface CatalogImportReport {
  file: string;
  records: number;
  added: number;
  /** Imported records that are an exercise of the curated catalog (the curated entry gains the name as an alias). */
  mergedIntoOwn: number;
  /** Imported records with the same name key as an earlier imported record (folded into it as an alias). */
  mergedIntoImport: number;
  exercises: number;
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  duplicates: Array<Pick<MergeDecision, 'importedName' | 'exerciseId' | 'outcome'>>;
}

function readJson(path: string): unknown {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix: give free-exercise-db's dist/exercises.json as downloaded`,
    );
  }
}

export const catalogImportCommand: Command = {
  path: ['catalog', 'import'],
  summary: "Seed the whole exercise catalog: free-exercise-db's exercises.json merged into the curated one (one transaction, idempotent).",
  usage: 'catalog import <free-exercise-db.json> [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    const file = args.positionals[0];
    if (file === undefined) throw new UsageError('the path of free-exercise-db.json is required');
    const json = readJson(file);
    // Validated and merged before the database is touched: a bad file writes nothing.
    const merged = mergeFreeExerciseDb(json);
    const seeded = await withGraphDb(io, async (db) => {
      await migrate(db);
      return seedCatalog(db, merged.catalog);
    });
    const report: CatalogImportReport = {
      file,
      records: merged.decisions.length,
      added: merged.counts.added,
      mergedIntoOwn: merged.counts['matched-own'],
      mergedIntoImport: merged.counts['duplicate-import'],
      exercises: seeded.exercises,
      nodesCreated: seeded.nodesCreated,
      relationshipsCreated: seeded.relationshipsCreated,
      relationshipsDeleted: seeded.relationshipsDeleted,
      duplicates: merged.decisions
        .filter((d) => d.outcome !== 'added')
        .map(({ importedName, exerciseId, outcome }) => ({ importedName, exerciseId, outcome })),
    };
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify(report));
      return 0;
    }
    io.stdout(
      [
        `free-exercise-db: ${report.records} records read from ${file}`,
        `  added                      ${report.added}`,
        `  merged as duplicates       ${report.mergedIntoOwn + report.mergedIntoImport} (${report.mergedIntoOwn} of a curated exercise, ${report.mergedIntoImport} of an earlier record; their names kept as aliases)`,
        '  skipped                    0 (a record that fails validation stops the whole import instead; nothing is written)',
        `catalog: ${report.exercises} exercises stored (${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships created, ${report.relationshipsDeleted} deleted; instructions and images not copied)`,
      ].join('\n'),
    );
    return 0;
  },
};
