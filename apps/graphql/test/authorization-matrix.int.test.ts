import { readFileSync } from 'node:fs';
import { OrganisationRepository, UserRepository } from '@liftgraph/neo4j';
import bcrypt from 'bcryptjs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture, fixtureFootprint, PASSWORD } from './support/fixtures.js';
import { codeOf, type GqlResult, type Stack, startStack } from './support/stack.js';

/** The data an operation is aimed at: one athlete's (and their coach's) records. */
interface Target {
  athleteId: string;
  programId: string;
  sessionId: string;
  templateId: string;
  /** An athlete without a login (invites are for those). */
  inviteAthleteId: string;
  inviteId: string;
  /** The login of the athlete. */
  userId: string;
  organisationId: string;
}
type Role = 'anonymous' | 'coachA' | 'coachB' | 'coachR' | 'athleteA1' | 'athleteB1' | 'analyst' | 'admin';
interface Operation {
  /** `<root field>` or `<root field>.<variant>`. */
  name: string;
  write: boolean;
  query: string;
  vars: (t: Target) => Record<string, unknown>;
  /** Roles that may read the target (checked in the "not all refused" test); default coachA, athleteA1, admin. */
  readers?: Role[];
}

const WORKOUT = '{exerciseId: "barbell-back-squat", sets: [{reps: 5, weightKg: 60}]}';
const CSV =
  'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes\n2024-05-06 09:00:00;"A";"Squat (Barbell)";1;80;kg;5;;;;0;;';
const a = (t: Target) => ({ a: t.athleteId });
const p = (t: Target) => ({ p: t.programId });

// Every query and mutation that reads or writes an athlete's, a program's, a user's or an organisation's
// data, aimed at data the caller has no right to.
const OPERATIONS: Operation[] = [
  { name: 'athlete', write: false, query: 'query($a: ID!) { athlete(id: $a) { id name } }', vars: a },
  { name: 'athlete.sessions', write: false, query: 'query($a: ID!) { athlete(id: $a) { sessions { sessions { id } } } }', vars: a },
  {
    name: 'athlete.metrics',
    write: false,
    query:
      'query($a: ID!) { athlete(id: $a) { status { acwr } weeklyLoad { load } weeklyHardSets { weekStart } e1rmSeries(exerciseId: "barbell-back-squat") { e1rmKg } } }',
    vars: a,
  },
  { name: 'programs', write: false, query: 'query($a: ID!) { programs(athleteId: $a) { id } }', vars: a },
  { name: 'program', write: false, query: 'query($p: ID!) { program(id: $p) { id weeks { days { label date status } } } }', vars: p },
  { name: 'predictions', write: false, query: 'query($a: ID!) { predictions(athleteId: $a) { exerciseId } }', vars: a },
  {
    name: 'exportLog',
    write: false,
    query: 'query($a: ID!) { exportLog(athleteId: $a, format: "strong-csv") { filename body } }',
    vars: a,
  },
  {
    name: 'exportProgram',
    write: false,
    query: 'query($p: ID!) { exportProgram(programId: $p, format: "ics") { filename body } }',
    vars: p,
  },
  { name: 'session', write: false, query: 'query($s: ID!) { session(id: $s) { id } }', vars: (t) => ({ s: t.sessionId }) },
  {
    name: 'swapOptions',
    write: false,
    query: 'query($p: ID!) { swapOptions(programId: $p, week: 0, day: 0, order: 0) { reason } }',
    vars: p,
  },
  {
    name: 'previewWorkoutLog',
    write: false,
    query: 'query($a: ID!, $csv: String!) { previewWorkoutLog(athleteId: $a, csv: $csv) { format } }',
    vars: (t) => ({ a: t.athleteId, csv: CSV }),
    readers: ['coachA', 'admin'],
  },
  {
    name: 'invites',
    write: false,
    query: 'query($a: ID!) { invites(athleteId: $a) { id status } }',
    vars: (t) => ({ a: t.inviteAthleteId }),
    readers: ['coachA', 'admin'],
  },
  {
    name: 'generateProgram',
    write: true,
    query: 'mutation($a: ID!) { generateProgram(input: {athleteId: $a, daysPerWeek: 3, goal: "strength"}) { id } }',
    vars: a,
  },
  {
    name: 'assignProgram',
    write: true,
    query: 'mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }',
    vars: (t) => ({ p: t.programId, a: t.athleteId }),
  },
  {
    name: 'updatePrescription',
    write: true,
    query: 'mutation($p: ID!) { updatePrescription(programId: $p, week: 0, day: 0, order: 0, patch: {sets: 9}) { id } }',
    vars: p,
  },
  {
    name: 'editProgram',
    write: true,
    query: 'mutation($p: ID!) { editProgram(programId: $p, edit: {kind: "update", week: 0, day: 0, order: 0, patch: {sets: 8}}) { id } }',
    vars: p,
  },
  {
    name: 'moveSession',
    write: true,
    query: 'mutation($p: ID!) { moveSession(programId: $p, week: 0, day: 0, date: "2031-01-07") { id } }',
    vars: p,
  },
  {
    name: 'skipSession',
    write: true,
    query: 'mutation($p: ID!) { skipSession(programId: $p, week: 0, day: 0, skipped: true) { id } }',
    vars: p,
  },
  { name: 'archiveProgram', write: true, query: 'mutation($p: ID!) { archiveProgram(programId: $p) { id } }', vars: p },
  { name: 'deleteProgram', write: true, query: 'mutation($p: ID!) { deleteProgram(programId: $p) }', vars: p },
  {
    name: 'copyProgram',
    write: true,
    query: 'mutation($p: ID!) { copyProgram(programId: $p, asTemplate: true) { id } }',
    vars: p,
  },
  {
    name: 'copyProgram.toAthlete',
    write: true,
    query: 'mutation($p: ID!, $a: ID!) { copyProgram(programId: $p, athleteId: $a) { id } }',
    vars: (t) => ({ p: t.templateId, a: t.athleteId }),
  },
  {
    name: 'assignTemplate',
    write: true,
    query: 'mutation($t: ID!, $a: ID!) { assignTemplate(templateId: $t, athleteIds: [$a], startDate: "2031-01-06") { id } }',
    vars: (t) => ({ t: t.templateId, a: t.athleteId }),
  },
  {
    name: 'logWorkout',
    write: true,
    query: `mutation($a: ID!) { logWorkout(input: {athleteId: $a, performances: [${WORKOUT}]}) { sessionId } }`,
    vars: a,
  },
  {
    name: 'updateWorkout',
    write: true,
    query: `mutation($s: ID!, $a: ID!) { updateWorkout(sessionId: $s, input: {athleteId: $a, performances: [${WORKOUT}]}) { sessionId } }`,
    vars: (t) => ({ s: t.sessionId, a: t.athleteId }),
  },
  { name: 'deleteWorkout', write: true, query: 'mutation($s: ID!) { deleteWorkout(sessionId: $s) }', vars: (t) => ({ s: t.sessionId }) },
  {
    name: 'importWorkoutLog',
    write: true,
    query: 'mutation($a: ID!, $csv: String!) { importWorkoutLog(athleteId: $a, csv: $csv) { sessions } }',
    vars: (t) => ({ a: t.athleteId, csv: CSV }),
  },
  {
    name: 'createInvite',
    write: true,
    query: 'mutation($a: ID!) { createInvite(athleteId: $a) { id code } }',
    vars: (t) => ({ a: t.inviteAthleteId }),
  },
  {
    name: 'revokeInvite',
    write: true,
    query: 'mutation($i: ID!) { revokeInvite(id: $i) { id status } }',
    vars: (t) => ({ i: t.inviteId }),
  },
  { name: 'removeAthlete', write: true, query: 'mutation($a: ID!) { removeAthlete(athleteId: $a) }', vars: a },
  {
    name: 'issuePasswordReset',
    write: true,
    query: 'mutation($a: ID!) { issuePasswordReset(athleteId: $a) { code url } }',
    vars: a,
  },
  {
    name: 'issuePasswordReset.userId',
    write: true,
    query: 'mutation($u: ID!) { issuePasswordReset(userId: $u) { code url } }',
    vars: (t) => ({ u: t.userId }),
  },
];

// Operations gated by role alone (their data is not one athlete's). `skip`: roles not run here (writes
// that would succeed; covered in api-operations / accounts tests).
const SIGNED_IN: Role[] = ['coachA', 'athleteA1', 'analyst', 'admin'];
const ROLE_GATED: Array<{ name: string; query: string; allowed: Role[]; skip?: Role[] }> = [
  { name: 'athletes', query: '{ athletes { id } }', allowed: ['coachA', 'athleteA1', 'admin'] },
  { name: 'exerciseUsage', query: '{ exerciseUsage { exerciseId } }', allowed: ['analyst', 'admin'] },
  { name: 'populationSummary', query: '{ populationSummary { athletes } }', allowed: ['analyst', 'admin'] },
  { name: 'modelVersions', query: '{ modelVersions { id } }', allowed: ['coachA', 'analyst', 'admin'] },
  { name: 'trainingRuns', query: '{ trainingRuns { id } }', allowed: ['coachA', 'analyst', 'admin'] },
  { name: 'trainingRun', query: '{ trainingRun(id: "no-such-run") { id } }', allowed: ['coachA', 'analyst', 'admin'] },
  { name: 'trainModel', query: 'mutation { trainModel(epochs: 1) { id } }', allowed: [], skip: ['admin'] },
  { name: 'programTemplates', query: '{ programTemplates { id } }', allowed: ['coachA', 'admin'] },
  { name: 'organisations', query: '{ organisations { id coaches { email } } }', allowed: ['admin'] },
  { name: 'users', query: '{ users { id email } }', allowed: ['admin'] },
  {
    name: 'createCoach',
    query: 'mutation { createCoach(input: {organisationId: "x", email: "x@y.dev", name: "x", password: "0123456789ab"}) { id } }',
    allowed: [],
    skip: ['admin'],
  },
  { name: 'setUserDisabled', query: 'mutation { setUserDisabled(userId: "x", disabled: true) { id } }', allowed: [], skip: ['admin'] },
  {
    name: 'createAthlete',
    query: 'mutation { createAthlete(input: {name: "Nobody"}) { id } }',
    allowed: [],
    skip: ['coachA', 'coachB', 'coachR', 'admin'],
  },
  {
    // An import that creates its athlete: coaches and admins may (covered in api-operations and import-names); no one else.
    name: 'importWorkoutLog.newAthlete',
    query: `mutation { importWorkoutLog(newAthlete: {name: "Nobody"}, csv: ${JSON.stringify(CSV)}) { sessions } }`,
    allowed: [],
    skip: ['coachA', 'coachB', 'coachR', 'admin'],
  },
  { name: 'exercises', query: '{ exercises(limit: 1) { id } }', allowed: SIGNED_IN },
  { name: 'exercise', query: '{ exercise(id: "barbell-back-squat") { id } }', allowed: SIGNED_IN },
  { name: 'exercisesByIds', query: '{ exercisesByIds(ids: ["barbell-back-squat"]) { id } }', allowed: SIGNED_IN },
  { name: 'exerciseNeighbours', query: '{ exerciseNeighbours(id: "barbell-back-squat") { __typename } }', allowed: SIGNED_IN },
  { name: 'similarExercises', query: '{ similarExercises(id: "barbell-back-squat") { __typename } }', allowed: SIGNED_IN },
  {
    name: 'substitutes',
    query: '{ substitutes(id: "barbell-back-squat", equipment: ["barbell"]) { __typename } }',
    allowed: SIGNED_IN,
  },
  {
    name: 'sharedMuscles',
    query: '{ sharedMuscles(a: "barbell-back-squat", b: "barbell-bench-press") { __typename } }',
    allowed: SIGNED_IN,
  },
  {
    name: 'transferPath',
    query: '{ transferPath(from: "barbell-back-squat", to: "barbell-bench-press") { __typename } }',
    allowed: SIGNED_IN,
  },
  { name: 'muscleGroups', query: '{ muscleGroups { __typename } }', allowed: SIGNED_IN },
];

// The viewer's own account: any signed-in user, never anyone else's (there is no argument naming a user).
const SELF: Array<{ name: string; query: string }> = [
  { name: 'me', query: '{ me { id } }' },
  { name: 'updatePreferences', query: 'mutation { updatePreferences(input: {unit: "lbs"}) { id } }' },
  { name: 'changePassword', query: 'mutation { changePassword(currentPassword: "x", newPassword: "0123456789ab") { token } }' },
  { name: 'signOutEverywhere', query: 'mutation { signOutEverywhere }' },
  { name: 'deleteMyAccount', query: 'mutation { deleteMyAccount(password: "x") }' },
];

// Public by design (sign-in, sign-up, codes; each secret-checked and rate-limited; see accounts.int.test.ts).
const PUBLIC = ['health', 'login', 'signUp', 'refreshSession', 'invitePreview', 'acceptInvite', 'resetPassword'];

const REFUSED = ['UNAUTHENTICATED', 'FORBIDDEN'];
const rootField = (name: string): string => name.split('.')[0] ?? name;
const firstValue = (r: GqlResult): unknown => (r.data === null ? null : Object.values(r.data)[0]);

describe('authorization matrix', () => {
  let s: Stack;
  let f: Fixture;
  const tokens: Partial<Record<Role, string>> = {};
  let targetA: Target;
  let teammate: Target;
  let programOfRemovedCoach = '';

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
    const orgA = `${f.prefix}-org-a`;
    const orgs = new OrganisationRepository(s.db);
    const users = new UserRepository(s.db);
    // coachR coached A1 and A2 and is removed below; coachA and coachR share organisation A, coachB is in B.
    await users.upsert({
      id: `${f.prefix}-user-coachR`,
      email: `${f.prefix}-coach-r@test.dev`,
      name: 'coachR',
      role: 'COACH',
      passwordHash: await bcrypt.hash(PASSWORD, 4),
      coachId: `${f.prefix}-coach-r`,
    });
    for (const athlete of [f.athleteA1, f.athleteA2]) await users.linkCoachAthlete(`${f.prefix}-coach-r`, athlete);
    await orgs.ensureMembership({ id: orgA, name: 'Org A' }, `${f.prefix}-user-coachA`, 'OWNER');
    await orgs.ensureMembership({ id: orgA, name: 'Org A' }, `${f.prefix}-user-coachR`, 'COACH');
    await orgs.ensureMembership({ id: `${f.prefix}-org-b`, name: 'Org B' }, `${f.prefix}-user-coachB`, 'OWNER');
    for (const role of ['coachA', 'coachB', 'athleteA1', 'athleteB1', 'analyst', 'admin'] as const)
      tokens[role] = await s.login(f.emails[role], PASSWORD);
    tokens.coachR = await s.login(`${f.prefix}-coach-r@test.dev`, PASSWORD);

    const must = (r: GqlResult): Record<string, unknown> => {
      if (r.errors !== undefined || r.data === null) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    // While still their coach, coachR authors a program for A1 (after removal it must be out of reach).
    const copied = must(
      await s.gql(tokens.coachR ?? null, 'mutation($p: ID!, $a: ID!) { copyProgram(programId: $p, athleteId: $a) { id } }', {
        p: f.programA1,
        a: f.athleteA1,
      }),
    );
    programOfRemovedCoach = (copied.copyProgram as { id: string }).id;
    for (const athlete of [f.athleteA1, f.athleteA2])
      must(await s.gql(tokens.coachR ?? null, 'mutation($a: ID!) { removeAthlete(athleteId: $a) }', { a: athlete }));

    const template = must(
      await s.gql(tokens.coachA ?? null, 'mutation($p: ID!) { copyProgram(programId: $p, asTemplate: true) { id } }', { p: f.programA1 }),
    );
    const invite = must(await s.gql(tokens.coachA ?? null, 'mutation($a: ID!) { createInvite(athleteId: $a) { id } }', { a: f.athleteA2 }));
    const sessionOf = async (athleteId: string): Promise<string> => {
      const d = must(
        await s.gql(tokens.admin ?? null, 'query($a: ID!) { athlete(id: $a) { sessions { sessions { id } } } }', { a: athleteId }),
      );
      const id = (d.athlete as { sessions: { sessions: Array<{ id: string }> } }).sessions.sessions[0]?.id;
      if (id === undefined) throw new Error(`fixture athlete ${athleteId} has no session`);
      return id;
    };
    targetA = {
      athleteId: f.athleteA1,
      programId: f.programA1,
      sessionId: await sessionOf(f.athleteA1),
      templateId: (template.copyProgram as { id: string }).id,
      inviteAthleteId: f.athleteA2,
      inviteId: (invite.createInvite as { id: string }).id,
      userId: `${f.prefix}-user-athleteA1`,
      organisationId: orgA,
    };
    // For athlete A1: a teammate (same coach) and another coach's athlete, never themself.
    teammate = {
      ...targetA,
      athleteId: f.athleteA2,
      programId: f.programB1,
      sessionId: await sessionOf(f.athleteB1),
      userId: `${f.prefix}-user-athleteB1`,
    };
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  it('should cover every query and mutation of the schema: owner-checked, role-gated, own-account or public', () => {
    const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    const inSchema = [schema.getQueryType(), schema.getMutationType()].flatMap((t) => Object.keys(t?.getFields() ?? {}));
    const listed = new Set([
      ...OPERATIONS.map((o) => rootField(o.name)),
      ...ROLE_GATED.map((o) => rootField(o.name)),
      ...SELF.map((o) => o.name),
      ...PUBLIC,
    ]);
    expect(inSchema.length).toBeGreaterThan(50);
    expect(
      inSchema.filter((name) => !listed.has(name)),
      'operations in no list: add them to the matrix',
    ).toEqual([]);
    expect(
      [...listed].filter((name) => !inSchema.includes(name)),
      'listed but not in the schema',
    ).toEqual([]);
    for (const o of [...OPERATIONS, ...ROLE_GATED, ...SELF]) expect(o.query, o.name).toContain(rootField(o.name));
  });

  it("should refuse every operation on another organisation's, a removed coach's former or another coach's athlete, writing nothing", async () => {
    const before = await fixtureFootprint(s.db, f);
    const leaks: string[] = [];
    const cells: Array<[Role, Target]> = [
      ['anonymous', targetA],
      ['coachB', targetA],
      ['coachR', targetA],
      ['coachR', { ...targetA, programId: programOfRemovedCoach }],
      ['athleteB1', targetA],
      ['analyst', targetA],
      ['athleteA1', teammate],
    ];
    let count = 0;
    for (const [role, target] of cells) {
      for (const op of OPERATIONS) {
        count++;
        const r = await s.gql(tokens[role] ?? null, op.query, op.vars(target));
        if (firstValue(r) != null || !REFUSED.includes(codeOf(r) ?? ''))
          leaks.push(`${role} → ${op.name}(${JSON.stringify(op.vars(target))}): ${JSON.stringify(r).slice(0, 200)}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(count).toBe(cells.length * OPERATIONS.length);
    expect(await fixtureFootprint(s.db, f)).toBe(before);
  });

  it('should let the coach and the athlete read their own data and the admin anyone (reads are not simply all refused)', async () => {
    let checked = 0;
    for (const op of OPERATIONS.filter((o) => !o.write && o.name !== 'predictions')) {
      for (const role of op.readers ?? ['coachA', 'athleteA1', 'admin']) {
        const r = await s.gql(tokens[role] ?? null, op.query, op.vars(targetA));
        expect(r.errors, `${role} → ${op.name}`).toBeUndefined();
        expect(firstValue(r), `${role} → ${op.name}`).not.toBeNull();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    // The removed coach's own former program is reachable again only for those who still have the athlete.
    const r = await s.gql(tokens.coachA ?? null, 'query($p: ID!) { program(id: $p) { id } }', { p: programOfRemovedCoach });
    expect(r.errors).toBeUndefined();
  });

  it.each(ROLE_GATED)('should gate $name by role', async ({ query, allowed, skip }) => {
    const roles: Role[] = ['anonymous', 'coachA', 'coachB', 'coachR', 'athleteA1', 'analyst', 'admin'];
    for (const role of roles.filter((r) => !(skip ?? []).includes(r))) {
      const effective = role === 'coachB' || role === 'coachR' ? 'coachA' : role;
      const r = await s.gql(tokens[role] ?? null, query);
      if (allowed.includes(effective)) expect(r.errors, role).toBeUndefined();
      else expect([firstValue(r), REFUSED.includes(codeOf(r) ?? '')], role).toEqual([null, true]);
    }
  });

  it.each(SELF)('should refuse $name to anonymous callers', async ({ query }) => {
    const r = await s.gql(null, query);
    expect([firstValue(r), codeOf(r)]).toEqual([null, 'UNAUTHENTICATED']);
  });

  it('should let only athletes delete their own account, and show nobody else their data in lists', async () => {
    for (const role of ['coachB', 'analyst', 'admin'] as const) {
      const r = await s.gql(tokens[role] ?? null, 'mutation { deleteMyAccount(password: "fixture-password") }');
      expect([firstValue(r), codeOf(r)], role).toEqual([null, 'FORBIDDEN']);
    }
    const templates = await s.gql(tokens.coachB ?? null, '{ programTemplates { id } }');
    expect((templates.data?.programTemplates as Array<{ id: string }>).map((t) => t.id)).not.toContain(targetA.templateId);
    for (const role of ['coachB', 'coachR'] as const) {
      const roster = await s.gql(tokens[role] ?? null, '{ athletes { id } me { organisation { athleteCount coaches { email } } } }');
      const ids = (roster.data?.athletes as Array<{ id: string }>).map((x) => x.id);
      expect(
        ids.filter((id) => id.startsWith(f.prefix) && id !== f.athleteB1),
        role,
      ).toEqual([]);
    }
  });

  it('should show a coach only their athletes and an athlete only themself in the roster', async () => {
    const coach = await s.gql(tokens.coachA ?? null, '{ athletes { id } }');
    expect((coach.data?.athletes as Array<{ id: string }>).map((x) => x.id).sort()).toEqual([f.athleteA1, f.athleteA2].sort());
    const athlete = await s.gql(tokens.athleteA1 ?? null, '{ athletes { id } }');
    expect(athlete.data?.athletes).toEqual([{ id: f.athleteA1 }]);
  });
});
