import { addDays, generatePopulation, type WorkoutLog } from '@liftgraph/domain';
import { type GraphDb, importLog, migrate, ProgramRepository, seedCatalog, UserRepository, type UserRole } from '@liftgraph/neo4j';
import { buildProgram } from '@liftgraph/domain/program';
import bcrypt from 'bcryptjs';

export const PASSWORD = 'fixture-password';

/** Two coaches, each with athletes, plus an analyst and an admin; ids unique per run so runs never collide. */
export interface Fixture {
  prefix: string;
  coachA: string;
  coachB: string;
  athleteA1: string;
  athleteA2: string;
  athleteB1: string;
  programA1: string;
  programB1: string;
  emails: Record<'coachA' | 'coachB' | 'athleteA1' | 'athleteB1' | 'analyst' | 'admin', string>;
}

function shiftToToday(log: WorkoutLog): WorkoutLog {
  const last = log.sessions.at(-1)?.date ?? '2024-01-01';
  const today = new Date().toISOString().slice(0, 10);
  const days = Math.floor((Date.parse(today) - Date.parse(last)) / 86_400_000 / 7) * 7;
  const shift = (s: string): string => addDays(s.slice(0, 10), days) + s.slice(10);
  return { ...log, sessions: log.sessions.map((s) => ({ ...s, key: shift(s.key), date: shift(s.date), startedAt: shift(s.startedAt) })) };
}

export async function createFixture(db: GraphDb): Promise<Fixture> {
  await migrate(db);
  await seedCatalog(db);
  const prefix = `gqltest-${Date.now().toString(36)}`;
  const f: Fixture = {
    prefix,
    coachA: `${prefix}-coach-a`,
    coachB: `${prefix}-coach-b`,
    athleteA1: `${prefix}-ath-a1`,
    athleteA2: `${prefix}-ath-a2`,
    athleteB1: `${prefix}-ath-b1`,
    programA1: `${prefix}-prog-a1`,
    programB1: `${prefix}-prog-b1`,
    emails: {
      coachA: `${prefix}-coach-a@test.dev`,
      coachB: `${prefix}-coach-b@test.dev`,
      athleteA1: `${prefix}-a1@test.dev`,
      athleteB1: `${prefix}-b1@test.dev`,
      analyst: `${prefix}-analyst@test.dev`,
      admin: `${prefix}-admin@test.dev`,
    },
  };
  const sims = generatePopulation({ n: 3, weeks: 6, seed: 11 });
  for (const [i, id] of [f.athleteA1, f.athleteA2, f.athleteB1].entries()) {
    const sim = sims[i];
    if (sim === undefined) continue;
    const log = shiftToToday(sim.log);
    await importLog(db, { athleteId: id, athleteName: `Athlete ${i}`, log, file: `${prefix}-${i}` });
  }
  const users = new UserRepository(db);
  const hash = await bcrypt.hash(PASSWORD, 4);
  const user = (key: keyof Fixture['emails'], role: UserRole, link: { athleteId?: string; coachId?: string } = {}) =>
    users.upsert({ id: `${prefix}-user-${key}`, email: f.emails[key], name: key, role, passwordHash: hash, ...link });
  await user('coachA', 'COACH', { coachId: f.coachA });
  await user('coachB', 'COACH', { coachId: f.coachB });
  await user('athleteA1', 'ATHLETE', { athleteId: f.athleteA1 });
  await user('athleteB1', 'ATHLETE', { athleteId: f.athleteB1 });
  await user('analyst', 'ANALYST');
  await user('admin', 'ADMIN');
  await users.linkCoachAthlete(f.coachA, f.athleteA1);
  await users.linkCoachAthlete(f.coachA, f.athleteA2);
  await users.linkCoachAthlete(f.coachB, f.athleteB1);
  const programs = new ProgramRepository(db);
  for (const [id, athleteId, coachId] of [
    [f.programA1, f.athleteA1, f.coachA],
    [f.programB1, f.athleteB1, f.coachB],
  ] as const) {
    await programs.save(
      buildProgram({
        programId: id,
        athleteId,
        goal: 'strength',
        daysPerWeek: 3,
        weeks: [
          {
            days: [
              {
                dayOfWeek: 1,
                label: 'Full body A',
                prescriptions: [
                  {
                    exerciseId: 'barbell-back-squat',
                    exerciseName: 'Barbell Back Squat',
                    primaryMuscles: ['quadriceps'],
                    rationale: 'fixture',
                  },
                ],
              },
            ],
          },
        ],
      }),
      { name: `Block ${id}`, coachId },
    );
    await programs.assign(id, athleteId);
  }
  return f;
}

/**
 * Removes everything the fixture created (athletes' data, programs, users, coaches, organisations) and
 * what tests made from it: programs for or by its athletes and coaches, invites, resets, refresh tokens.
 */
export async function dropFixture(db: GraphDb, f: Fixture): Promise<void> {
  await db.driver.executeQuery(
    `MATCH (p:Program) WHERE EXISTS { (p)-[:FOR]->(a:Athlete) WHERE a.id STARTS WITH $prefix }
       OR EXISTS { (c:Coach)-[:AUTHORED]->(p) WHERE c.id STARTS WITH $prefix }
     OPTIONAL MATCH (p)-[:HAS_DAY]->(d:ProgramDay) OPTIONAL MATCH (d)-[:PRESCRIBES]->(rx:Prescription)
     DETACH DELETE rx, d, p`,
    { prefix: f.prefix },
    { database: db.database },
  );
  await db.driver.executeQuery(
    `MATCH (n) WHERE (n:Invite AND n.athleteId STARTS WITH $prefix) OR ((n:PasswordReset OR n:RefreshToken) AND n.userId STARTS WITH $prefix)
     DETACH DELETE n`,
    { prefix: f.prefix },
    { database: db.database },
  );
  await db.driver.executeQuery(
    `MATCH (n) WHERE (n:Athlete OR n:Coach OR n:User OR n:Program OR n:Session OR n:Performance OR n:Set OR n:Import OR n:ProgramDay OR n:Prescription OR n:Organisation)
       AND n.id STARTS WITH $prefix
     DETACH DELETE n`,
    { prefix: f.prefix },
    { database: db.database },
  );
}

/**
 * What belongs to the fixture, to prove a refused write left nothing behind: nodes by label, the
 * prescriptions and program assignments, every program for or by its athletes and coaches (days,
 * dates, statuses), the coach → athlete edges, the users' session versions and preferences, and the
 * invites and password resets of its athletes and users.
 */
export async function fixtureFootprint(db: GraphDb, f: Fixture): Promise<string> {
  const { records } = await db.driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $prefix
     WITH labels(n)[0] AS label, count(*) AS n ORDER BY label
     RETURN collect(label + '=' + toString(n)) AS parts,
       COLLECT { MATCH (rx:Prescription) WHERE rx.id STARTS WITH $prefix RETURN [rx.id, rx.sets, rx.reps, rx.weightKg] AS row ORDER BY rx.id } AS rx,
       COLLECT { MATCH (p:Program)-[:FOR]->(a:Athlete) WHERE p.id STARTS WITH $prefix RETURN [p.id, a.id] AS row ORDER BY p.id } AS assigned,
       COLLECT { MATCH (p:Program) WHERE EXISTS { (p)-[:FOR]->(a:Athlete) WHERE a.id STARTS WITH $prefix }
                   OR EXISTS { (c:Coach)-[:AUTHORED]->(p) WHERE c.id STARTS WITH $prefix }
                 RETURN [p.id, p.status, p.startDate, toString(COUNT { (p)-[:HAS_DAY]->() }),
                   toString(COUNT { (p)-[:HAS_DAY]->()-[:PRESCRIBES]->() }),
                   reduce(acc = '', d IN COLLECT { MATCH (p)-[:HAS_DAY]->(d) RETURN d.date + ':' + d.status AS x ORDER BY x } | acc + d + ' ')] AS row
                 ORDER BY p.id } AS programs,
       COLLECT { MATCH (c:Coach)-[:COACHES]->(a:Athlete) WHERE c.id STARTS WITH $prefix OR a.id STARTS WITH $prefix RETURN c.id + '>' + a.id AS e ORDER BY e } AS coaches,
       COLLECT { MATCH (u:User) WHERE u.id STARTS WITH $prefix
                 RETURN [u.id, toString(u.tokenVersion), toString(u.disabled), u.unit, u.passwordHash] AS row ORDER BY u.id } AS users,
       COLLECT { MATCH (i:Invite) WHERE i.athleteId STARTS WITH $prefix RETURN [i.id, toString(i.usedAt), toString(i.revokedAt)] AS row ORDER BY i.id } AS invites,
       COLLECT { MATCH (r:PasswordReset) WHERE r.userId STARTS WITH $prefix RETURN r.id AS id ORDER BY id } AS resets`,
    { prefix: f.prefix },
    { database: db.database },
  );
  const r = records[0];
  return JSON.stringify(['parts', 'rx', 'assigned', 'programs', 'coaches', 'users', 'invites', 'resets'].map((k) => r?.get(k)));
}
