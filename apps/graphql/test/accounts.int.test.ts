import { randomBytes } from 'node:crypto';
import { migrate, seedCatalog, UserRepository } from '@liftgraph/neo4j';
import { decodeJwt, SignJWT } from 'jose';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET } from '../src/env.js';
import { codeOf, type GqlResult, type Stack, startStack } from './support/stack.js';
import { canonicalTypedCode } from '../src/auth/secret-code.js';

// The accounts flow on the real stack (API + planner processes, real Neo4j): a coach signs up, creates
// an athlete, invites them; the athlete accepts and signs in; a second organisation sees none of it;
// removal, resets, password changes, sign-out everywhere, refresh rotation and account deletion.
const run = `acc-${Date.now().toString(36)}`;
const PASSWORD = 'correct horse battery';
const email = (who: string): string => `${run}-${who}@test.dev`;
let ipCounter = 0;
/** A fresh client address per call site, unique to this run (the stack trusts one proxy hop), so per-address limits stay apart. */
const freshIp = (): Record<string, string> => ({ 'x-forwarded-for': `${run}-client-${++ipCounter}` });

const AUTH = 'token expiresAt refreshToken refreshExpiresAt user { id role athleteId coachId organisation { id name } }';
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { ${AUTH} } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ${AUTH} } }`;
const REFRESH = `mutation($r: String!) { refreshSession(refreshToken: $r) { ${AUTH} } }`;
const ACCEPT = `mutation($c: String!, $e: String!, $p: String!, $n: String) { acceptInvite(code: $c, email: $e, password: $p, name: $n) { ${AUTH} } }`;
const PREVIEW = 'query($c: String!) { invitePreview(code: $c) { athleteName coachName organisationName expiresAt } }';
const CREATE_INVITE =
  'mutation($a: ID!, $e: String) { createInvite(athleteId: $a, email: $e) { id status code url expiresAt athleteName } }';
const ME = '{ me { id role athleteId unit locale timeZone microplates organisation { id name athleteCount coaches { email } } } }';
const ATHLETE = 'query($a: ID!) { athlete(id: $a) { id name sessions { sessions { id } } } }';

interface Session {
  token: string;
  refreshToken: string;
  user: { id: string; role: string; athleteId: string | null; coachId: string | null; organisation: { id: string; name: string } | null };
}

const ok = <T>(r: GqlResult, field: string): T => {
  if (r.errors !== undefined || r.data === null) throw new Error(`${field}: ${JSON.stringify(r.errors)}`);
  return r.data[field] as T;
};

describe('accounts and teams (real stack)', () => {
  let s: Stack;
  let coach1: Session;
  let coach2: Session;
  let athlete: Session;
  let athleteId = '';
  let inviteCode = '';
  let admin = '';
  const createdAthletes: string[] = [];

  const signUp = async (who: string, org: string): Promise<Session> =>
    ok<Session>(
      await s.gql(null, SIGN_UP, { i: { email: email(who), password: PASSWORD, name: who, organisationName: org } }, freshIp()),
      'signUp',
    );
  const login = async (who: string, password = PASSWORD): Promise<Session> =>
    ok<Session>(await s.gql(null, LOGIN, { e: email(who), p: password }, freshIp()), 'login');
  const createAthlete = async (token: string, name: string): Promise<string> => {
    const id = ok<{ id: string }>(
      await s.gql(token, 'mutation($n: String!) { createAthlete(input: {name: $n}) { id } }', { n: name }),
      'createAthlete',
    ).id;
    createdAthletes.push(id);
    return id;
  };
  const logSession = async (token: string, a: string): Promise<void> => {
    ok(
      await s.gql(
        token,
        'mutation($a: ID!) { logWorkout(input: {athleteId: $a, performances: [{exerciseId: "barbell-back-squat", sets: [{reps: 5, weightKg: 80}]}]}) { sessionId } }',
        { a },
      ),
      'logWorkout',
    );
  };

  beforeAll(async () => {
    s = await startStack({ TRUST_PROXY_HOPS: '1' });
    // On its own (a fresh database), the file needs the schema and the catalog its logged sessions name.
    await migrate(s.db);
    await seedCatalog(s.db);
    await new UserRepository(s.db).upsert({
      id: `${run}-admin`,
      email: email('admin'),
      name: 'Admin',
      role: 'ADMIN',
      passwordHash: await bcrypt.hash(PASSWORD, 4),
    });
    admin = (await login('admin')).token;
  });
  afterAll(async () => {
    if (s === undefined) return;
    await s.db.driver.executeQuery(
      `MATCH (u:User) WHERE u.email STARTS WITH $run
       OPTIONAL MATCH (u)-[:IS]->(c:Coach) OPTIONAL MATCH (u)-[:MEMBER_OF]->(o:Organisation)
       WITH collect(u) + collect(c) + collect(o) AS nodes, collect(u.id) AS ids
       CALL (ids) { MATCH (t) WHERE (t:RefreshToken OR t:PasswordReset) AND t.userId IN ids DETACH DELETE t }
       UNWIND nodes AS n DETACH DELETE n`,
      { run },
      { database: s.db.database },
    );
    await s.db.driver.executeQuery(
      `MATCH (a:Athlete) WHERE a.id IN $ids
       OPTIONAL MATCH (a)-[:LOGGED]->(x:Session) OPTIONAL MATCH (x)-[:INCLUDES]->(p:Performance) OPTIONAL MATCH (p)-[:HAS_SET]->(st:Set)
       OPTIONAL MATCH (i:Invite {athleteId: a.id})
       DETACH DELETE st, p, x, i, a`,
      { ids: createdAthletes },
      { database: s.db.database },
    );
    await s.stop();
  });

  it('should sign a coach up with a new organisation, and refuse bad input with the field, the cause and a fix', async () => {
    coach1 = await signUp('coach1', `${run} Barbell Club`);
    expect(coach1.user.role).toBe('COACH');
    expect(coach1.user.organisation?.name).toBe(`${run} Barbell Club`);
    expect(coach1.refreshToken).toMatch(/^[\w-]{27}$/);
    const me = ok<{ organisation: { athleteCount: number; coaches: Array<{ email: string }> }; unit: string; locale: string }>(
      await s.gql(coach1.token, ME),
      'me',
    );
    expect(me).toMatchObject({ unit: 'kg', locale: 'en-GB', organisation: { athleteCount: 0, coaches: [{ email: email('coach1') }] } });

    const short = await s.gql(null, SIGN_UP, { i: { email: email('x'), password: 'short', name: 'X', organisationName: 'Y' } }, freshIp());
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0]?.message).toMatch(/^password is too short \(5 characters\)\. Fix: .*at least 10/);
    const badEmail = await s.gql(
      null,
      SIGN_UP,
      { i: { email: 'not-an-email', password: PASSWORD, name: 'X', organisationName: 'Y' } },
      freshIp(),
    );
    expect(badEmail.errors?.[0]?.message).toMatch(/^email: "not-an-email" is not an e-mail address\. Fix:/);
    const taken = await s.gql(
      null,
      SIGN_UP,
      { i: { email: email('coach1').toUpperCase(), password: PASSWORD, name: 'X', organisationName: 'Y' } },
      freshIp(),
    );
    expect(taken.errors?.[0]?.message).toMatch(/exists already\. Fix: sign in instead/);
    coach2 = await signUp('coach2', `${run} Other Gym`);
    expect(coach2.user.organisation?.id).not.toBe(coach1.user.organisation?.id);
  });

  it('should invite an athlete the coach created; the athlete previews, accepts once, signs in and sees their athlete', async () => {
    athleteId = await createAthlete(coach1.token, 'Invited Ines');
    await logSession(coach1.token, athleteId);
    const invite = ok<{ id: string; status: string; code: string; url: string; athleteName: string }>(
      await s.gql(coach1.token, CREATE_INVITE, { a: athleteId, e: email('ines') }),
      'createInvite',
    );
    expect(invite).toMatchObject({ status: 'pending', athleteName: 'Invited Ines' });
    expect(invite.url).toBe(`http://localhost:3000/invite/${invite.code}`);
    inviteCode = invite.code;
    const listed = ok<Array<{ id: string; code: string | null; status: string }>>(
      await s.gql(coach1.token, 'query($a: ID!) { invites(athleteId: $a) { id code status } }', { a: athleteId }),
      'invites',
    );
    expect(listed).toEqual([{ id: invite.id, code: null, status: 'pending' }]);

    const preview = await s.gql(null, PREVIEW, { c: inviteCode }, freshIp());
    expect(preview.data?.invitePreview).toMatchObject({
      athleteName: 'Invited Ines',
      coachName: 'coach1',
      organisationName: `${run} Barbell Club`,
    });

    athlete = ok<Session>(
      await s.gql(null, ACCEPT, { c: inviteCode, e: email('ines'), p: PASSWORD, n: 'Ines' }, freshIp()),
      'acceptInvite',
    );
    expect(athlete.user).toMatchObject({ role: 'ATHLETE', athleteId });
    const again = await s.gql(null, ACCEPT, { c: inviteCode, e: email('ines2'), p: PASSWORD }, freshIp());
    expect(again.errors?.[0]?.message).toMatch(/^code: this invite is unknown, used, revoked or expired/);
    expect((await s.gql(null, PREVIEW, { c: inviteCode }, freshIp())).data?.invitePreview).toBeNull();
    expect(
      ok<Array<{ status: string }>>(
        await s.gql(coach1.token, 'query($a: ID!) { invites(athleteId: $a) { status } }', { a: athleteId }),
        'invites',
      ),
    ).toEqual([{ status: 'used' }]);
    // A second invite for an athlete with an account is refused with a way forward.
    const second = await s.gql(coach1.token, CREATE_INVITE, { a: athleteId, e: null });
    expect(second.errors?.[0]?.message).toMatch(/has an account already\. Fix: they sign in/);

    const signedIn = await login('ines');
    const mine = ok<{ id: string; sessions: { sessions: unknown[] } }>(await s.gql(signedIn.token, ATHLETE, { a: athleteId }), 'athlete');
    expect(mine.sessions.sessions).toHaveLength(1);
    expect(ok<Array<{ id: string }>>(await s.gql(signedIn.token, '{ athletes { id } }'), 'athletes')).toEqual([{ id: athleteId }]);
  });

  it("should show the second organisation's coach none of it", async () => {
    for (const [query, vars] of [
      [ATHLETE, { a: athleteId }],
      ['query($a: ID!) { invites(athleteId: $a) { id } }', { a: athleteId }],
      [CREATE_INVITE, { a: athleteId, e: null }],
      ['mutation($a: ID!) { removeAthlete(athleteId: $a) }', { a: athleteId }],
      ['mutation($a: ID!) { issuePasswordReset(athleteId: $a) { code } }', { a: athleteId }],
      ['query($a: ID!) { programs(athleteId: $a) { id } }', { a: athleteId }],
    ] as const) {
      const r = await s.gql(coach2.token, query, vars);
      expect([r.data === null ? null : Object.values(r.data)[0], codeOf(r)], query).toEqual([null, 'FORBIDDEN']);
    }
    expect(ok<unknown[]>(await s.gql(coach2.token, '{ athletes { id } }'), 'athletes')).toEqual([]);
  });

  it('should let a reset link work once and end the sessions of the account', async () => {
    const before = await login('ines');
    const link = ok<{ url: string; code: string; userEmail: string }>(
      await s.gql(coach1.token, 'mutation($a: ID!) { issuePasswordReset(athleteId: $a) { url code userEmail expiresAt } }', {
        a: athleteId,
      }),
      'issuePasswordReset',
    );
    expect(link.userEmail).toBe(email('ines'));
    expect(link.url).toBe(`http://localhost:3000/reset/${link.code}`);
    const RESET = 'mutation($c: String!, $p: String!) { resetPassword(code: $c, newPassword: $p) }';
    expect(ok(await s.gql(null, RESET, { c: link.code, p: 'a brand new password' }, freshIp()), 'resetPassword')).toBe(true);
    const twice = await s.gql(null, RESET, { c: link.code, p: 'yet another password' }, freshIp());
    expect(twice.errors?.[0]?.message).toMatch(/^code: this reset link is unknown, used or expired\. Fix: ask/);
    expect(codeOf(await s.gql(before.token, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(null, REFRESH, { r: before.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(null, LOGIN, { e: email('ines'), p: PASSWORD }, freshIp()))).toBe('UNAUTHENTICATED');
    athlete = await login('ines', 'a brand new password');
  });

  it('should let the coach remove the athlete: the coach loses access, the athlete keeps account and data', async () => {
    expect(ok(await s.gql(coach1.token, 'mutation($a: ID!) { removeAthlete(athleteId: $a) }', { a: athleteId }), 'removeAthlete')).toBe(
      true,
    );
    const r = await s.gql(coach1.token, ATHLETE, { a: athleteId });
    expect([r.data?.athlete, codeOf(r)]).toEqual([null, 'FORBIDDEN']);
    expect(ok<unknown[]>(await s.gql(coach1.token, '{ athletes { id } }'), 'athletes')).toEqual([]);
    const again = await s.gql(coach1.token, 'mutation($a: ID!) { removeAthlete(athleteId: $a) }', { a: athleteId });
    expect(codeOf(again)).toBe('FORBIDDEN');
    const mine = ok<{ sessions: { sessions: unknown[] } }>(await s.gql(athlete.token, ATHLETE, { a: athleteId }), 'athlete');
    expect(mine.sessions.sessions).toHaveLength(1);
  });

  it('should end old access and refresh tokens on changePassword and signOutEverywhere, answering fresh ones', async () => {
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ${AUTH} } }`;
    const wrong = await s.gql(coach2.token, CHANGE, { c: 'not my password', n: 'another long password' });
    expect(wrong.errors?.[0]?.message).toMatch(/^currentPassword is wrong/);
    const changed = ok<Session>(await s.gql(coach2.token, CHANGE, { c: PASSWORD, n: 'another long password' }), 'changePassword');
    expect(codeOf(await s.gql(coach2.token, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(null, REFRESH, { r: coach2.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(ok<{ id: string }>(await s.gql(changed.token, ME), 'me').id).toBe(coach2.user.id);
    coach2 = ok<Session>(await s.gql(null, REFRESH, { r: changed.refreshToken }), 'refreshSession');

    const other = await login('coach1');
    expect(ok(await s.gql(coach1.token, 'mutation { signOutEverywhere }'), 'signOutEverywhere')).toBe(true);
    for (const t of [coach1.token, other.token]) expect(codeOf(await s.gql(t, ME))).toBe('UNAUTHENTICATED');
    for (const r of [coach1.refreshToken, other.refreshToken]) expect(codeOf(await s.gql(null, REFRESH, { r }))).toBe('UNAUTHENTICATED');
    coach1 = await login('coach1');
  });

  it('should rotate refresh tokens and, when a spent one comes back, end every session of the user', async () => {
    const first = await login('coach2', 'another long password');
    const second = ok<Session>(await s.gql(null, REFRESH, { r: first.refreshToken }), 'refreshSession');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(ok<{ id: string }>(await s.gql(second.token, ME), 'me').id).toBe(coach2.user.id);
    const third = ok<Session>(await s.gql(null, REFRESH, { r: second.refreshToken }), 'refreshSession');
    // The first token again: a replay. Every session of the user ends, the newest included.
    const replay = await s.gql(null, REFRESH, { r: first.refreshToken });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors?.[0]?.message).toMatch(/used before, so every session of the account was ended/);
    expect(codeOf(await s.gql(third.token, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(null, REFRESH, { r: third.refreshToken }))).toBe('UNAUTHENTICATED');
    // Two parallel uses of one fresh token: exactly one rotation wins.
    const fresh = await login('coach2', 'another long password');
    const both = await Promise.all([s.gql(null, REFRESH, { r: fresh.refreshToken }), s.gql(null, REFRESH, { r: fresh.refreshToken })]);
    expect(both.filter((r) => r.errors === undefined)).toHaveLength(1);
    coach2 = await login('coach2', 'another long password');
  });

  it("should store an athlete's preferences on the user and their Athlete in one update, refusing bad values clearly", async () => {
    const PREFS = 'mutation($i: PreferencesInput!) { updatePreferences(input: $i) { unit locale timeZone microplates } }';
    const updated = ok(
      await s.gql(athlete.token, PREFS, { i: { unit: 'lbs', locale: 'fr-fr', timeZone: 'Europe/Paris', microplates: true } }),
      'updatePreferences',
    );
    expect(updated).toEqual({ unit: 'lbs', locale: 'fr-FR', timeZone: 'Europe/Paris', microplates: true });
    const { records } = await s.db.driver.executeQuery(
      'MATCH (a:Athlete {id: $id}) RETURN a.unit AS unit, a.timeZone AS tz',
      { id: athleteId },
      { database: s.db.database },
    );
    expect([records[0]?.get('unit'), records[0]?.get('tz')]).toEqual(['lbs', 'Europe/Paris']);
    const partial = ok(await s.gql(athlete.token, PREFS, { i: { microplates: false } }), 'updatePreferences');
    expect(partial).toEqual({ unit: 'lbs', locale: 'fr-FR', timeZone: 'Europe/Paris', microplates: false });
    const bad = await s.gql(athlete.token, PREFS, { i: { unit: 'stone' } });
    expect(bad.errors?.[0]?.message).toMatch(/^unit must be one of kg, lbs, got "stone"/);
    const badZone = await s.gql(athlete.token, PREFS, { i: { timeZone: 'Mars/Olympus' } });
    expect(badZone.errors?.[0]?.message).toMatch(/^timeZone: "Mars\/Olympus" is not an IANA time zone\. Fix:/);
  });

  it("should delete an athlete's account with all their data; the coach's roster and aggregates no longer include them", async () => {
    const leaving = await createAthlete(coach1.token, 'Leaving Leo');
    await logSession(coach1.token, leaving);
    const code = ok<{ code: string }>(await s.gql(coach1.token, CREATE_INVITE, { a: leaving, e: null }), 'createInvite').code;
    const leo = ok<Session>(await s.gql(null, ACCEPT, { c: code, e: email('leo'), p: PASSWORD }, freshIp()), 'acceptInvite');
    const orgBefore = ok<{ organisation: { athleteCount: number } }>(await s.gql(coach1.token, ME), 'me').organisation.athleteCount;
    const population = async (): Promise<number> =>
      ok<{ athletes: number }>(await s.gql(admin, '{ populationSummary { athletes } }'), 'populationSummary').athletes;
    const populationBefore = await population();
    expect(ok<Array<{ id: string }>>(await s.gql(coach1.token, '{ athletes { id } }'), 'athletes').map((a) => a.id)).toContain(leaving);

    expect(codeOf(await s.gql(coach1.token, 'mutation { deleteMyAccount(password: "x") }'))).toBe('FORBIDDEN');
    const wrong = await s.gql(leo.token, 'mutation($p: String!) { deleteMyAccount(password: $p) }', { p: 'not the password' });
    expect(wrong.errors?.[0]?.message).toMatch(/^password is wrong/);
    expect(ok(await s.gql(leo.token, 'mutation($p: String!) { deleteMyAccount(password: $p) }', { p: PASSWORD }), 'deleteMyAccount')).toBe(
      true,
    );

    const { records } = await s.db.driver.executeQuery(
      `RETURN COUNT { MATCH (a:Athlete {id: $id}) } + COUNT { MATCH (x:Session {athleteId: $id}) } + COUNT { MATCH (p:Performance {athleteId: $id}) }
         + COUNT { MATCH (i:Invite {athleteId: $id}) } + COUNT { MATCH (u:User {email: $email}) } + COUNT { MATCH (t:RefreshToken {userId: $user}) } AS n`,
      { id: leaving, email: email('leo'), user: leo.user.id },
      { database: s.db.database },
    );
    expect(Number(records[0]?.get('n'))).toBe(0);
    expect(ok<Array<{ id: string }>>(await s.gql(coach1.token, '{ athletes { id } }'), 'athletes').map((a) => a.id)).not.toContain(leaving);
    expect(ok<{ organisation: { athleteCount: number } }>(await s.gql(coach1.token, ME), 'me').organisation.athleteCount).toBe(
      orgBefore - 1,
    );
    expect(codeOf(await s.gql(leo.token, ME))).toBe('UNAUTHENTICATED');
    expect(await population()).toBe(populationBefore - 1);
  });

  it('should let an admin list organisations and users, add a coach and disable a user (ending their sessions)', async () => {
    const orgId = coach1.user.organisation?.id ?? '';
    const orgs = ok<Array<{ id: string; name: string; coaches: Array<{ email: string }> }>>(
      await s.gql(admin, '{ organisations { id name athleteCount coaches { email } } }'),
      'organisations',
    );
    expect(orgs.find((o) => o.id === orgId)?.coaches).toEqual([{ email: email('coach1') }]);
    const coach3 = ok<{ id: string; role: string }>(
      await s.gql(admin, 'mutation($i: CreateCoachInput!) { createCoach(input: $i) { id role organisation { id } } }', {
        i: { organisationId: orgId, email: email('coach3'), name: 'coach3', password: PASSWORD },
      }),
      'createCoach',
    );
    expect(coach3).toMatchObject({ role: 'COACH', organisation: { id: orgId } });
    const noOrg = await s.gql(admin, 'mutation($i: CreateCoachInput!) { createCoach(input: $i) { id } }', {
      i: { organisationId: `${run}-nope`, email: email('coach4'), name: 'c4', password: PASSWORD },
    });
    expect(noOrg.errors?.[0]?.message).toMatch(/^organisationId: organisation ".*" does not exist\. Fix:/);
    const users = ok<Array<{ email: string }>>(
      await s.gql(admin, 'query($o: ID) { users(organisationId: $o) { email } }', { o: orgId }),
      'users',
    );
    expect(users.map((u) => u.email).sort()).toEqual([email('coach1'), email('coach3')]);

    const c3 = await login('coach3');
    const disabled = ok<{ disabled: boolean }>(
      await s.gql(admin, 'mutation($u: ID!) { setUserDisabled(userId: $u, disabled: true) { disabled } }', { u: coach3.id }),
      'setUserDisabled',
    );
    expect(disabled.disabled).toBe(true);
    expect(codeOf(await s.gql(c3.token, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(null, REFRESH, { r: c3.refreshToken }))).toBe('UNAUTHENTICATED');
    expect((await s.gql(null, LOGIN, { e: email('coach3'), p: PASSWORD }, freshIp())).errors?.[0]?.message).toMatch(/disabled/);
    for (const q of ['{ organisations { id } }', '{ users { id } }']) expect(codeOf(await s.gql(coach1.token, q))).toBe('FORBIDDEN');
    // The admin page in one query per relation, however many organisations and users there are.
    const page = await s.gql(admin, '{ organisations { id coaches { id organisation { name } } } users { id organisation { id name } } }');
    expect(page.errors).toBeUndefined();
    expect((page.data?.organisations as unknown[]).length).toBeGreaterThanOrEqual(2);
    expect(page.extensions?.queryCounts?.['users.membersOf']).toBe(1);
    expect(page.extensions?.queryCounts?.['organisations.list']).toBe(2);
  });

  it('should rate-limit invite codes per address (RATE_LIMITED with retryAfterSec) and invites per coach', async () => {
    const ip = freshIp();
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 31; i++) codes.push(codeOf(await s.gql(null, PREVIEW, { c: `not-a-code-${i}` }, ip)));
    expect(codes.slice(0, 30).every((c) => c === undefined)).toBe(true);
    const limited = await s.gql(null, PREVIEW, { c: 'x' }, ip);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions?.retryAfterSec).toBeGreaterThan(0);
    expect(limited.errors?.[0]?.message).toMatch(/too many invite code attempts from your address; try again in \d+ s/);
    expect(codeOf(await s.gql(null, PREVIEW, { c: 'x' }, freshIp()))).toBeUndefined();

    // Sign-ups and reset attempts per address: 10 each (an already-taken e-mail still counts, and writes nothing).
    for (const [query, vars, limit] of [
      [SIGN_UP, { i: { email: email('coach1'), password: PASSWORD, name: 'X', organisationName: 'Y' } }, 10],
      ['mutation($c: String!) { resetPassword(code: $c, newPassword: "long enough password") }', { c: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA' }, 10],
    ] as const) {
      const one = freshIp();
      const seen: Array<string | undefined> = [];
      for (let i = 0; i <= limit; i++) seen.push(codeOf(await s.gql(null, query, vars, one)));
      expect(seen, query).toEqual([...Array.from({ length: limit }, () => 'BAD_USER_INPUT'), 'RATE_LIMITED']);
    }
    // coach2 has created no invite before this test.
    const a = await createAthlete(coach2.token, 'Many Invites');
    const results: Array<string | undefined> = [];
    for (let i = 0; i < 21; i++) results.push(codeOf(await s.gql(coach2.token, CREATE_INVITE, { a, e: null })));
    expect(results.slice(0, 20).every((c) => c === undefined)).toBe(true);
    expect(results[20]).toBe('RATE_LIMITED');
  });

  describe('fuzz: tampered or guessed secrets never sign anyone in', () => {
    // Deterministic pseudo-random source, so a failure replays.
    let seed = 18;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    /** Every single-character substitution of a code at a few positions, truncations, extensions, case flips and random codes. */
    // `same` says which strings are the code itself: a typed code read in another case, grouped, or with O/I/L for 0/1 is.
    const mutants = (code: string, n: number, same: (m: string) => boolean = (m) => m === code): string[] => {
      const out = new Set<string>();
      while (out.size < n) {
        const i = rand(code.length);
        const kind = rand(5);
        const m =
          kind === 0
            ? code.slice(0, i) + ALPHABET[rand(64)] + code.slice(i + 1)
            : kind === 1
              ? code.slice(0, i)
              : kind === 2
                ? code + ALPHABET[rand(64)]
                : kind === 3
                  ? code.slice(0, i) +
                    (code[i] === code[i]?.toUpperCase() ? (code[i] ?? '').toLowerCase() : (code[i] ?? '').toUpperCase()) +
                    code.slice(i + 1)
                  : randomBytes(20).toString('base64url');
        if (!same(m) && m.trim() !== '') out.add(m);
      }
      return [...out];
    };

    it('should refuse every forged, tampered, expired or outdated access token (and still accept the real one)', async () => {
      const real = (await login('coach1')).token;
      const claims = decodeJwt(real);
      const [header, payload, signature] = real.split('.') as [string, string, string];
      const sign = (extra: Record<string, unknown>, secret = DEV_JWT_SECRET, exp: number = claims.exp ?? 0) =>
        new SignJWT({ role: claims.role, athleteId: claims.athleteId, coachId: claims.coachId, tv: claims.tv, ...extra })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(typeof extra.sub === 'string' ? extra.sub : (claims.sub ?? ''))
          .setIssuer(typeof extra.iss === 'string' ? extra.iss : 'liftgraph-graphql')
          .setAudience(typeof extra.aud === 'string' ? extra.aud : 'liftgraph')
          .setExpirationTime(exp)
          .sign(new TextEncoder().encode(secret));
      const tv = Number(claims.tv);
      const forged: string[] = [
        `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
        `${b64({ alg: 'none' })}.${b64({ ...claims, role: 'ADMIN' })}.`,
        `${b64({ alg: 'HS512' })}.${payload}.${signature}`,
        `${header}.${b64({ ...claims, role: 'ADMIN' })}.${signature}`,
        `${header}.${b64({ ...claims, tv: tv + 1 })}.${signature}`,
        `${header}.${b64({ ...claims, sub: coach2.user.id })}.${signature}`,
        `${header}.${payload}`,
        `${header}.${payload}.`,
        await sign({}, 'another-secret-that-is-long-enough-0123456789'),
        await sign({}, DEV_JWT_SECRET, Math.floor(Date.now() / 1000) - 60),
        await sign({ tv: tv + 1 }),
        await sign({ tv: tv - 1 }),
        await sign({ tv: String(tv) }),
        await sign({ tv: undefined }),
        await sign({ sub: `${run}-no-such-user`, tv: 0 }),
        await sign({ iss: 'someone-else' }),
        await sign({ aud: 'other-app' }),
        '',
        'null',
        real.toUpperCase(),
        real.split('').reverse().join(''),
      ];
      for (let i = 0; i < 150; i++) {
        const j = rand(signature.length);
        forged.push(`${header}.${payload}.${signature.slice(0, j)}${ALPHABET[rand(64)]}${signature.slice(j + 1)}`);
      }
      for (let i = 0; i < 30; i++)
        forged.push(
          `${randomBytes(20).toString('base64url')}.${randomBytes(40).toString('base64url')}.${randomBytes(32).toString('base64url')}`,
        );
      const accepted: string[] = [];
      for (const token of new Set(forged.filter((t) => t !== real))) {
        const r = await s.gql(token === '' ? 'x' : token, ME);
        if (r.data !== null || codeOf(r) !== 'UNAUTHENTICATED') accepted.push(`${token.slice(0, 60)}…: ${JSON.stringify(r).slice(0, 120)}`);
      }
      expect(accepted).toEqual([]);
      expect(forged.length).toBeGreaterThan(190);
      expect(ok<{ id: string }>(await s.gql(real, ME), 'me').id).toBe(coach1.user.id);
    });

    it('should never preview or accept a mutated or random invite code (the real one stays usable)', async () => {
      const a = await createAthlete(coach1.token, 'Fuzz Fiona');
      const real = ok<{ code: string }>(await s.gql(coach1.token, CREATE_INVITE, { a, e: null }), 'createInvite').code;
      const codes = mutants(real, 120, (m) => canonicalTypedCode(m) === real);
      const leaks: string[] = [];
      let ip = freshIp();
      for (const [i, code] of codes.entries()) {
        if (i % 25 === 0) ip = freshIp();
        const r = await s.gql(null, PREVIEW, { c: code }, ip);
        if (r.data?.invitePreview !== null || r.errors !== undefined) leaks.push(`preview ${code}: ${JSON.stringify(r).slice(0, 120)}`);
      }
      for (const [i, code] of codes.slice(0, 30).entries()) {
        if (i % 25 === 0) ip = freshIp();
        const r = await s.gql(null, ACCEPT, { c: code, e: email(`fuzz${i}`), p: PASSWORD }, ip);
        if (r.data !== null || codeOf(r) !== 'BAD_USER_INPUT') leaks.push(`accept ${code}: ${JSON.stringify(r).slice(0, 120)}`);
      }
      expect(leaks).toEqual([]);
      const { records } = await s.db.driver.executeQuery(
        'MATCH (u:User) WHERE u.email STARTS WITH $p RETURN count(u) AS n',
        { p: `${run}-fuzz` },
        { database: s.db.database },
      );
      expect(Number(records[0]?.get('n'))).toBe(0);
      expect((await s.gql(null, PREVIEW, { c: real }, freshIp())).data?.invitePreview).toMatchObject({ athleteName: 'Fuzz Fiona' });
      // As typed from the printed sheet: groups of four, lower case, O for 0 and l for 1.
      const fromPaper = (real.match(/.{1,4}/g) ?? []).join(' ').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
      expect((await s.gql(null, PREVIEW, { c: fromPaper }, freshIp())).data?.invitePreview).toMatchObject({ athleteName: 'Fuzz Fiona' });
    });

    it('should refuse mutated reset codes and refresh tokens without spending the real ones', async () => {
      const reset = ok<{ code: string }>(
        await s.gql(admin, 'mutation($u: ID!) { issuePasswordReset(userId: $u) { code } }', { u: athlete.user.id }),
        'issuePasswordReset',
      ).code;
      const RESET = 'mutation($c: String!, $p: String!) { resetPassword(code: $c, newPassword: $p) }';
      const leaks: string[] = [];
      let ip = freshIp();
      for (const [i, code] of mutants(reset, 60, (m) => canonicalTypedCode(m) === reset).entries()) {
        if (i % 9 === 0) ip = freshIp();
        const r = await s.gql(null, RESET, { c: code, p: 'fuzzed password 123' }, ip);
        if (r.data !== null || codeOf(r) !== 'BAD_USER_INPUT') leaks.push(`reset ${code}: ${JSON.stringify(r).slice(0, 120)}`);
      }
      const session = await login('ines', 'a brand new password');
      for (const token of mutants(session.refreshToken, 80)) {
        const r = await s.gql(null, REFRESH, { r: token });
        if (r.data !== null || codeOf(r) !== 'UNAUTHENTICATED') leaks.push(`refresh ${token}: ${JSON.stringify(r).slice(0, 120)}`);
      }
      expect(leaks).toEqual([]);
      // The mutants reached no stored secret: the real refresh token and reset code still work.
      expect(ok<Session>(await s.gql(null, REFRESH, { r: session.refreshToken }), 'refreshSession').user.id).toBe(athlete.user.id);
      expect(ok(await s.gql(null, RESET, { c: reset, p: 'the final password' }, freshIp()), 'resetPassword')).toBe(true);
      expect((await login('ines', 'the final password')).user.athleteId).toBe(athleteId);
    });
  });
});
