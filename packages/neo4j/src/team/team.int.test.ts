import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AthleteRepository } from '../athlete/athlete.repository.js';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { migrate } from '../migrate/migrate.js';
import { testGraphDb } from '../testing/test-graph-db.js';
import { UserRepository } from '../user/user.repository.js';
import { logWorkout } from '../workout/workout-log.repository.js';
import { InviteRepository } from './invite.repository.js';
import { OrganisationRepository } from './organisation.repository.js';
import { PasswordResetRepository } from './password-reset.repository.js';
import { RefreshTokenRepository } from './refresh-token.repository.js';

// Team repositories on the real Neo4j: races on one secret are decided one way, and deleting an athlete
// account leaves no node of theirs behind.
const db = testGraphDb();
const run = `team-${Date.now().toString(36)}`;
const now = new Date().toISOString();
const later = new Date(Date.now() + 3_600_000).toISOString();
const users = new UserRepository(db);
const invites = new InviteRepository(db);

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  await new OrganisationRepository(db).createWithOwner(
    { id: `${run}-org`, name: 'Race Gym' },
    { userId: `${run}-coach-user`, coachId: `${run}-coach`, email: `${run}-coach@test.dev`, name: 'Coach', passwordHash: 'x' },
  );
  await new AthleteRepository(db).create({
    id: `${run}-ath`,
    name: 'Ath',
    timeZone: 'UTC',
    unit: 'kg',
    bodyweightKg: null,
    coachId: `${run}-coach`,
  });
});
afterAll(async () => {
  await db.driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $run OR n.userId STARTS WITH $run OR n.athleteId STARTS WITH $run OR n.email STARTS WITH $run DETACH DELETE n`,
    { run },
    { database: db.database },
  );
  await db.close();
});

describe('team repositories (real Neo4j)', () => {
  it('should let exactly one of two parallel accepts of one invite create a login', async () => {
    await invites.create({
      id: `${run}-inv`,
      codeHash: `${run}-hash`,
      athleteId: `${run}-ath`,
      coachId: `${run}-coach`,
      email: null,
      now,
      expiresAt: later,
    });
    expect(await invites.preview(`${run}-hash`, now)).toMatchObject({
      athleteName: 'Ath',
      coachName: 'Coach',
      organisationName: 'Race Gym',
    });
    const outcomes = await Promise.all(
      [1, 2].map((i) =>
        invites.accept(`${run}-hash`, { userId: `${run}-user-${i}`, email: `${run}-a${i}@test.dev`, name: 'Ath', passwordHash: 'h' }, now),
      ),
    );
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['accepted', 'invalid']);
    const { records } = await db.driver.executeQuery(
      'MATCH (u:User)-[:IS]->(:Athlete {id: $id}) RETURN count(u) AS n, collect(u.unit)[0] AS unit',
      { id: `${run}-ath` },
      { database: db.database },
    );
    expect([Number(records[0]?.get('n')), records[0]?.get('unit')]).toEqual([1, 'kg']);
    expect(await invites.preview(`${run}-hash`, now)).toBeNull();
  });

  it("should revoke a coach's pending invites when the coach drops the athlete", async () => {
    await new AthleteRepository(db).create({
      id: `${run}-ath2`,
      name: 'Ath2',
      timeZone: 'UTC',
      unit: 'kg',
      bodyweightKg: null,
      coachId: `${run}-coach`,
    });
    await invites.create({
      id: `${run}-inv2`,
      codeHash: `${run}-hash2`,
      athleteId: `${run}-ath2`,
      coachId: `${run}-coach`,
      email: null,
      now,
      expiresAt: later,
    });
    expect(await invites.preview(`${run}-hash2`, now)).not.toBeNull();
    expect(await users.unlinkCoachAthlete(`${run}-coach`, `${run}-ath2`)).toBe(true);
    expect(await users.unlinkCoachAthlete(`${run}-coach`, `${run}-ath2`)).toBe(false);
    expect(await invites.preview(`${run}-hash2`, now)).toBeNull();
    expect((await invites.byId(`${run}-inv2`))?.revokedAt).not.toBeNull();
    const refused = await invites.accept(
      `${run}-hash2`,
      { userId: `${run}-user-x`, email: `${run}-x@test.dev`, name: 'X', passwordHash: 'h' },
      now,
    );
    expect(refused.kind).toBe('invalid');
  });

  it('should spend a reset code once under a race, and rotate a refresh token once (the replay ends the sessions)', async () => {
    const resets = new PasswordResetRepository(db);
    await resets.create({
      id: `${run}-reset`,
      codeHash: `${run}-rhash`,
      userId: `${run}-coach-user`,
      issuedBy: 'admin',
      now,
      expiresAt: later,
    });
    const used = await Promise.all([resets.consume(`${run}-rhash`, 'new1', now), resets.consume(`${run}-rhash`, 'new2', now)]);
    expect(used.filter((u) => u !== null)).toEqual([`${run}-coach-user`]);
    const afterReset = await users.byId(`${run}-coach-user`);
    expect(afterReset?.tokenVersion).toBe(1);

    const tokens = new RefreshTokenRepository(db);
    await tokens.issue({ hash: `${run}-t0`, userId: `${run}-coach-user`, tokenVersion: 1, now, expiresAt: later });
    const rotations = await Promise.all(
      ['a', 'b'].map((k) => tokens.rotate(`${run}-t0`, { hash: `${run}-t1${k}`, expiresAt: later }, now)),
    );
    expect(rotations.map((r) => r.kind).sort()).toEqual(['reused', 'rotated']);
    expect((await users.byId(`${run}-coach-user`))?.tokenVersion).toBe(2);
    // The successor was minted for version 1: dead now.
    const successor = `${run}-t1${rotations[0]?.kind === 'rotated' ? 'a' : 'b'}`;
    expect((await tokens.rotate(successor, { hash: `${run}-t2`, expiresAt: later }, now)).kind).toBe('invalid');
    expect((await tokens.rotate(`${run}-unknown`, { hash: `${run}-t3`, expiresAt: later }, now)).kind).toBe('invalid');
  });

  it("should delete an athlete account with every node of theirs in one transaction, and nobody else's", async () => {
    const athleteId = `${run}-ath`;
    const logged = await logWorkout(db, {
      athleteId,
      startedAt: '2026-12-01T18:00:00',
      performances: [{ exerciseId: 'barbell-back-squat', sets: [{ reps: 5, weightKg: 80 }] }],
      loggedBy: `${run}-coach-user`,
    });
    expect(logged.sets).toBe(1);
    const userId = (await users.forAthlete(athleteId))?.id ?? '';
    expect(userId).not.toBe('');
    const count = async (): Promise<number> => {
      const { records } = await db.driver.executeQuery(
        `RETURN COUNT { MATCH (a:Athlete {id: $a}) } + COUNT { MATCH (s:Session {athleteId: $a}) } + COUNT { MATCH (p:Performance {athleteId: $a}) }
           + COUNT { MATCH (:Performance {athleteId: $a})-[:HAS_SET]->(st:Set) } + COUNT { MATCH (i:Import) WHERE i.id STARTS WITH $a }
           + COUNT { MATCH (i:Invite {athleteId: $a}) } + COUNT { MATCH (u:User {id: $u}) } AS n`,
        { a: athleteId, u: userId },
        { database: db.database },
      );
      return Number(records[0]?.get('n'));
    };
    // Athlete, session, performance, set, import, invite, user.
    expect(await count()).toBe(7);
    expect(await users.deleteAthleteAccount(`${run}-coach-user`)).toBeNull();
    expect(await users.deleteAthleteAccount(userId)).toBe(athleteId);
    expect(await count()).toBe(0);
    expect((await users.byId(`${run}-coach-user`))?.organisationId).toBe(`${run}-org`);
  });
});
