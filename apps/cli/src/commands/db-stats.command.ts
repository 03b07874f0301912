import { dbStats } from '@liftgraph/neo4j';
import { parseArgs } from '../args.js';
import type { Command } from '../command.js';
import { withGraphDb } from './with-graph-db.js';

export const dbStatsCommand: Command = {
  path: ['db', 'stats'],
  summary: 'Count nodes per label, relationships per type and catalog exercises per source.',
  usage: 'db stats [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    const stats = await withGraphDb(io, dbStats);
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify(stats));
      return 0;
    }
    io.stdout('nodes:');
    for (const [label, n] of Object.entries(stats.nodes)) io.stdout(`  ${label.padEnd(16)} ${n}`);
    io.stdout('relationships:');
    for (const [type, n] of Object.entries(stats.relationships)) io.stdout(`  ${type.padEnd(16)} ${n}`);
    io.stdout('exercises by source:');
    for (const [source, n] of Object.entries(stats.exercisesBySource)) io.stdout(`  ${source.padEnd(16)} ${n}`);
    return 0;
  },
};
