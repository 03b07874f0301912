import { migrate, seedCatalog } from '@liftgraph/neo4j';
import { parseArgs } from '../args.js';
import type { Command } from '../command.js';
import { withGraphDb } from './with-graph-db.js';

export const dbMigrateCommand: Command = {
  path: ['db', 'migrate'],
  summary: 'Apply pending schema migrations (idempotent) and seed the exercise catalog.',
  usage: 'db migrate [--no-seed] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json', 'no-seed']);
    const result = await withGraphDb(io, async (db) => {
      const migrated = await migrate(db);
      const seeded = args.flags.has('no-seed') ? null : await seedCatalog(db);
      return { ...migrated, seeded };
    });
    if (args.flags.has('json')) io.stdout(JSON.stringify(result));
    else {
      const applied = result.applied.map((m) => `V${String(m.version).padStart(3, '0')}__${m.name}`);
      io.stdout(
        `migrations applied: ${applied.length === 0 ? 'none (up to date)' : applied.join(', ')}; already applied: ${result.skipped}`,
      );
      if (result.seeded !== null)
        io.stdout(
          `catalog: ${result.seeded.exercises} exercises (${result.seeded.nodesCreated} nodes, ${result.seeded.relationshipsCreated} relationships created)`,
        );
    }
    return 0;
  },
};
