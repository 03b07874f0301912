import { addDays, daysBetween, generatePopulation, type WorkoutLog } from '@liftgraph/domain';
import {
  AthleteRepository,
  importLog,
  migrate,
  OrganisationRepository,
  seedCatalog,
  UserRepository,
  type UserRole,
} from '@liftgraph/neo4j';
import bcrypt from 'bcryptjs';
import { parseArgs } from '../args.js';
import type { Command } from '../command.js';
import { intFlag } from './gnn-eval.command.js';
import { withGraphDb } from './with-graph-db.js';

const DEMO_PASSWORD = 'liftgraph-demo';
/** The demo coaches' organisation. */
export const DEMO_ORGANISATION = { id: 'demo-gym', name: 'Liftgraph Demo Gym' } as const;
const ATHLETE_NAMES = ['Ada Moreau', 'Ben Okafor', 'Chloé Ström', 'Dev Patel', 'Emi Tanaka', 'Femi Adeyemi'];

export interface DemoLogin {
  email: string;
  role: UserRole;
  password: string;
  name: string;
}

/** Moves a simulated log in whole weeks (weekdays kept) so its last session is at most `today`. */
export function shiftLogToEnd(log: WorkoutLog, today: string): WorkoutLog {
  const last = log.sessions.at(-1)?.date;
  if (last === undefined) return log;
  const days = Math.floor(daysBetween(last.slice(0, 10), today) / 7) * 7;
  const shift = (s: string): string => addDays(s.slice(0, 10), days) + s.slice(10);
  return { ...log, sessions: log.sessions.map((s) => ({ ...s, key: shift(s.key), date: shift(s.date), startedAt: shift(s.startedAt) })) };
}

export const seedDemoCommand: Command = {
  path: ['seed', 'demo'],
  summary:
    'Seed a demo: a coach (owner of the organisation Liftgraph Demo Gym), simulated athletes with 14 weeks of logs, an analyst and an admin (idempotent); prints the logins.',
  usage: 'seed demo [--athletes 4] [--weeks 14] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    const n = Math.min(ATHLETE_NAMES.length, intFlag(args, 'athletes', 4));
    const weeks = intFlag(args, 'weeks', 14);
    const logins = await withGraphDb(io, async (db) => {
      await migrate(db);
      await seedCatalog(db);
      const users = new UserRepository(db);
      const athletes = new AthleteRepository(db);
      const hash = await bcrypt.hash(DEMO_PASSWORD, 10);
      const out: DemoLogin[] = [];
      const add = async (
        id: string,
        email: string,
        name: string,
        role: UserRole,
        link: { athleteId?: string; coachId?: string } = {},
      ): Promise<void> => {
        await users.upsert({ id, email, name, role, passwordHash: hash, ...link });
        out.push({ email, role, password: DEMO_PASSWORD, name });
      };
      await add('demo-user-coach', 'coach@liftgraph.demo', 'Casey Coach', 'COACH', { coachId: 'demo-coach' });
      await new OrganisationRepository(db).ensureMembership(DEMO_ORGANISATION, 'demo-user-coach', 'OWNER');
      const today = new Date().toISOString().slice(0, 10);
      const population = generatePopulation({ n, weeks, seed: 2025 });
      for (const [i, sim] of population.entries()) {
        const athleteId = `demo-athlete-${i + 1}`;
        const name = ATHLETE_NAMES[i] ?? athleteId;
        // Idempotent: an athlete that already has sessions keeps them (a re-run on another day adds nothing).
        if ((await athletes.sessions(athleteId, { limit: 1 })).sessions.length === 0) {
          const log = shiftLogToEnd(sim.log, today);
          await importLog(db, {
            athleteId,
            athleteName: name,
            log,
            file: JSON.stringify(log),
            fileName: `${sim.id}.json`,
            importedBy: 'seed demo',
          });
        }
        await athletes.upsert({ id: athleteId, name, sex: sim.params.sex, bodyweightKg: sim.params.bodyMassKg });
        await add(`demo-user-athlete-${i + 1}`, `athlete${i + 1}@liftgraph.demo`, name, 'ATHLETE', { athleteId });
        await users.linkCoachAthlete('demo-coach', athleteId);
      }
      await add('demo-user-analyst', 'analyst@liftgraph.demo', 'Ana Lyst', 'ANALYST');
      await add('demo-user-admin', 'admin@liftgraph.demo', 'Adam Admin', 'ADMIN');
      return out;
    });
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify({ logins }));
      return 0;
    }
    io.stdout('Demo logins (password for all: ' + DEMO_PASSWORD + '):');
    for (const l of logins) io.stdout(`  ${l.role.padEnd(8)} ${l.email.padEnd(28)} ${l.name}`);
    return 0;
  },
};
