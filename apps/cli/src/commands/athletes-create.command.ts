import { isTimeZone } from '@liftgraph/domain';
import { AthleteRepository, Neo4jStoreError } from '@liftgraph/neo4j';
import { choiceFlag, parseArgs, stringFlag } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { withGraphDb } from './with-graph-db.js';

const ATHLETE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export const athletesCreateCommand: Command = {
  path: ['athletes', 'create'],
  summary: 'Create an athlete with no history (plan for them at once: liftgraph plan --athlete <id>).',
  usage: 'athletes create --id <id> --name <name> [--unit kg|lbs] [--time-zone Europe/Paris] [--bodyweight <kg>] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    const id = stringFlag(args, 'id');
    const name = stringFlag(args, 'name')?.trim();
    if (id === undefined || !ATHLETE_ID.test(id))
      throw new UsageError(`--id <id> is required: 1–80 letters, digits, '.', '_' or '-' (got ${id === undefined ? 'none' : `"${id}"`})`);
    if (name === undefined || name === '') throw new UsageError('--name <name> is required');
    const unit = choiceFlag(args, 'unit', ['kg', 'lbs'] as const, 'kg');
    const timeZone = stringFlag(args, 'time-zone') ?? 'UTC';
    if (!isTimeZone(timeZone)) throw new UsageError(`--time-zone must be an IANA time zone such as Europe/Paris or UTC; got "${timeZone}"`);
    const bw = stringFlag(args, 'bodyweight');
    const bodyweightKg = bw === undefined ? null : Number(bw);
    if (bodyweightKg !== null && !(bodyweightKg > 0 && bodyweightKg <= 400))
      throw new UsageError(`--bodyweight must be a number of kg above 0 and at most 400; got "${bw}"`);
    try {
      await withGraphDb(io, (db) => new AthleteRepository(db).create({ id, name, timeZone, unit, bodyweightKg }));
    } catch (error) {
      if (error instanceof Neo4jStoreError && error.code === 'CONFLICT')
        throw new UsageError(`athlete "${id}" already exists; pick another --id (or plan for them: liftgraph plan --athlete ${id})`);
      throw error;
    }
    const created = { id, name, unit, timeZone, bodyweightKg };
    io.stdout(args.flags.has('json') ? JSON.stringify(created) : `created athlete ${id} (${name}), ${unit}, ${timeZone}; no history yet`);
    return 0;
  },
};
