import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importWorkoutLog, repairWarning } from '@liftgraph/domain';
import { importLog, migrate, seedCatalog } from '@liftgraph/neo4j';
import { choiceFlag, parseArgs, stringFlag } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { dumbbellNote, unitNote } from './log-notes.js';
import { withGraphDb } from './with-graph-db.js';

export const importCommand: Command = {
  path: ['import'],
  summary: 'Import a Strong, Hevy or FitNotes CSV for an athlete into Neo4j (idempotent, all-or-nothing).',
  usage: 'import [--format strong|hevy|fitnotes] [--unit kg|lbs] --athlete <id> <file> [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    const athleteId = stringFlag(args, 'athlete');
    const file = args.positionals[0];
    if (athleteId === undefined || athleteId.trim() === '') throw new UsageError('--athlete <id> is required');
    if (file === undefined) throw new UsageError('the log file is required');
    if (args.positionals.length > 1) throw new UsageError(`one file per import; got ${args.positionals.length}`);
    const format = choiceFlag(args, 'format', ['auto', 'strong', 'hevy', 'fitnotes'] as const, 'auto');
    const unitFlag = stringFlag(args, 'unit') === undefined ? undefined : choiceFlag(args, 'unit', ['kg', 'lbs'] as const, 'kg');
    const bytes = new Uint8Array(await readFile(file));
    const log = await importWorkoutLog(bytes, { format, unit: unitFlag, now: new Date() });
    // How the numbers were read, before anything is written (stderr: --json keeps stdout one object).
    for (const note of [repairWarning(log.repairedLines ?? []), unitNote(log), dumbbellNote(log)]) if (note !== null) io.stderr(note);
    const result = await withGraphDb(io, async (db) => {
      await migrate(db);
      await seedCatalog(db);
      return importLog(db, { athleteId, log, file: bytes, fileName: basename(file), importedBy: 'cli' });
    });
    if (args.flags.has('json')) {
      const { sessions, sets, performances, unmapped } = result;
      io.stdout(JSON.stringify({ athleteId, sessions, sets, performances, unmapped }));
      return 0;
    }
    io.stdout(`imported ${basename(file)} (${log.format}, ${log.unit}) for athlete ${athleteId}:`);
    io.stdout(`  sessions ${result.sessions}, performances ${result.performances}, sets ${result.sets} stored for this file`);
    io.stdout(
      result.unmapped.length === 0
        ? '  every exercise name mapped to the catalog'
        : `  unmapped (stored as custom exercises): ${result.unmapped.join(', ')}`,
    );
    return 0;
  },
};
