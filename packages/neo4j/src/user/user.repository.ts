import type { WeightUnit } from '@liftgraph/domain';
import type { GraphDb } from '../graph-db.js';
import { toNullableNumber, toNullableString, toNumber, toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import {
  ATHLETE_IDS_FOR_COACH,
  ATHLETE_OF_USER,
  BUMP_TOKEN_VERSION,
  DELETE_ATHLETE_DATA,
  FIND_USER_BY_EMAIL,
  FIND_USER_BY_ID,
  FIND_USER_FOR_ATHLETE,
  LINK_COACH_ATHLETE,
  LINK_USER_ATHLETE,
  LINK_USER_COACH,
  LIST_USERS,
  MEMBERS_OF_ORGANISATIONS,
  SET_DISABLED,
  SET_PASSWORD,
  UNLINK_COACH_ATHLETE,
  UPDATE_PREFERENCES,
  UPSERT_USER,
} from './user.cypher.js';

export type UserRole = 'COACH' | 'ATHLETE' | 'ANALYST' | 'ADMIN';
const ROLES: readonly UserRole[] = ['COACH', 'ATHLETE', 'ANALYST', 'ADMIN'];

/** The units a user may read and enter loads in (loads are stored in kg). */
export const WEIGHT_UNITS: readonly WeightUnit[] = ['kg', 'lbs'];

/** A coach's place in an organisation: `(:User)-[:MEMBER_OF {role}]->(:Organisation)`. */
export type MembershipRole = 'OWNER' | 'COACH';

/** How a user sees the app; defaults for users who never chose. */
export interface UserPreferences {
  unit: WeightUnit;
  /** BCP-47 tag, e.g. en-GB. */
  locale: string;
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone: string;
  microplates: boolean;
}

export const DEFAULT_PREFERENCES: UserPreferences = { unit: 'kg', locale: 'en-GB', timeZone: 'UTC', microplates: false };

/** A login: (User)-[:IS]->(Athlete|Coach) gives the person behind an ATHLETE or COACH account. */
export interface UserRecord extends UserPreferences {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  passwordHash: string;
  athleteId: string | null;
  coachId: string | null;
  /** Bumped by sign-out-everywhere, password changes and disabling: tokens of an older version are dead. */
  tokenVersion: number;
  disabled: boolean;
  /** The organisation of a coach user, and their role in it. */
  organisationId: string | null;
  membershipRole: MembershipRole | null;
}

export interface UserInput {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  passwordHash: string;
  /** For ATHLETE users: the Athlete node this login is (created when missing). */
  athleteId?: string | null;
  /** For COACH users: the Coach node this login is (created when missing). */
  coachId?: string | null;
}

function toRole(value: unknown): UserRole {
  const role = toStringValue(value, 'user.role');
  const known = ROLES.find((r) => r === role);
  if (known === undefined) throw new TypeError(`user.role must be one of ${ROLES.join(', ')}, got "${role}"`);
  return known;
}

function toUser(user: Record<string, unknown>, athleteId: unknown, coachId: unknown, membership: unknown): UserRecord {
  const m = membership as { id?: unknown; role?: unknown } | null;
  const unit = toNullableString(user.unit, 'user.unit');
  return {
    id: toStringValue(user.id, 'user.id'),
    email: toStringValue(user.email, 'user.email'),
    name: toNullableString(user.name, 'user.name') ?? '',
    role: toRole(user.role),
    passwordHash: toStringValue(user.passwordHash, 'user.passwordHash'),
    athleteId: toNullableString(athleteId, 'athleteId'),
    coachId: toNullableString(coachId, 'coachId'),
    tokenVersion: toNullableNumber(user.tokenVersion, 'user.tokenVersion') ?? 0,
    disabled: user.disabled === true,
    unit: WEIGHT_UNITS.find((u) => u === unit) ?? DEFAULT_PREFERENCES.unit,
    locale: toNullableString(user.locale, 'user.locale') ?? DEFAULT_PREFERENCES.locale,
    timeZone: toNullableString(user.timeZone, 'user.timeZone') ?? DEFAULT_PREFERENCES.timeZone,
    microplates: user.microplates === true,
    organisationId: m == null ? null : toNullableString(m.id, 'organisation.id'),
    membershipRole: m == null ? null : m.role === 'OWNER' ? 'OWNER' : 'COACH',
  };
}

type Row = { get(key: string): unknown };
const userOf = (r: Row): UserRecord =>
  toUser(r.get('user') as Record<string, unknown>, r.get('athleteId'), r.get('coachId'), r.get('membership'));

/** Users (logins), their roles, sessions and preferences, and the coach → athlete relation that authorization keys on. */
export class UserRepository {
  constructor(private readonly db: GraphDb) {}

  /** Idempotent: MERGE on the user id; links the Athlete/Coach node the login stands for. */
  async upsert(input: UserInput): Promise<void> {
    await writeTx(this.db, 'user.upsert', async (tx) => {
      await tx.run(UPSERT_USER, {
        id: input.id,
        email: input.email.toLowerCase(),
        role: input.role,
        passwordHash: input.passwordHash,
        name: input.name,
      });
      if (input.athleteId != null) await tx.run(LINK_USER_ATHLETE, { userId: input.id, athleteId: input.athleteId, name: input.name });
      if (input.coachId != null) await tx.run(LINK_USER_COACH, { userId: input.id, coachId: input.coachId, name: input.name });
    });
  }

  /** (Coach)-[:COACHES]->(Athlete); false when either node is missing. */
  linkCoachAthlete(coachId: string, athleteId: string): Promise<boolean> {
    return writeTx(
      this.db,
      'user.linkCoachAthlete',
      async (tx) => (await tx.run(LINK_COACH_ATHLETE, { coachId, athleteId })).records.length > 0,
    );
  }

  /** Drops (Coach)-[:COACHES]->(Athlete) and that coach's pending invites for the athlete; false when the coach did not coach them. */
  unlinkCoachAthlete(coachId: string, athleteId: string): Promise<boolean> {
    return writeTx(this.db, 'user.unlinkCoachAthlete', async (tx) => {
      const r = (await tx.run(UNLINK_COACH_ATHLETE, { coachId, athleteId })).records[0];
      return r !== undefined && toNumber(r.get('removed'), 'removed') > 0;
    });
  }

  byEmail(email: string): Promise<UserRecord | null> {
    return this.one('user.byEmail', FIND_USER_BY_EMAIL, { email: email.trim().toLowerCase() });
  }

  byId(id: string): Promise<UserRecord | null> {
    return this.one('user.byId', FIND_USER_BY_ID, { id });
  }

  /** The login of an athlete (null when the athlete has no account). */
  forAthlete(athleteId: string): Promise<UserRecord | null> {
    return this.one('user.forAthlete', FIND_USER_FOR_ATHLETE, { athleteId });
  }

  /** Every user, or those of one organisation: its coaches and the athletes they coach. */
  list(organisationId: string | null): Promise<UserRecord[]> {
    return this.many('user.list', LIST_USERS, { organisationId });
  }

  /** The coach users of these organisations (for Organisation.coaches). */
  membersOf(organisationIds: readonly string[]): Promise<UserRecord[]> {
    return this.many('user.membersOf', MEMBERS_OF_ORGANISATIONS, { organisationIds: [...organisationIds] });
  }

  athleteIdsForCoach(coachId: string): Promise<string[]> {
    return readTx(this.db, 'user.athleteIdsForCoach', async (tx) =>
      (await tx.run(ATHLETE_IDS_FOR_COACH, { coachId })).records.map((r) => toStringValue(r.get('id'), 'id')),
    );
  }

  /** Sets a new password hash and bumps the token version (every session ends); null when the user is gone. */
  setPassword(id: string, passwordHash: string): Promise<number | null> {
    return this.version('user.setPassword', SET_PASSWORD, { id, passwordHash });
  }

  /** Sign out everywhere: the new token version, null when the user is gone. */
  bumpTokenVersion(id: string): Promise<number | null> {
    return this.version('user.bumpTokenVersion', BUMP_TOKEN_VERSION, { id });
  }

  /** Disabling also ends the user's sessions; false when the user is gone. */
  setDisabled(id: string, disabled: boolean): Promise<boolean> {
    return writeTx(this.db, 'user.setDisabled', async (tx) => (await tx.run(SET_DISABLED, { id, disabled })).records.length > 0);
  }

  /** The user's preferences, and for an athlete login the Athlete's unit and time zone, in one write; false when the user is gone. */
  updatePreferences(id: string, prefs: UserPreferences): Promise<boolean> {
    return writeTx(
      this.db,
      'user.updatePreferences',
      async (tx) => (await tx.run(UPDATE_PREFERENCES, { id, ...prefs })).records.length > 0,
    );
  }

  /**
   * Deletes an ATHLETE user with everything of theirs — Athlete, sessions, performances, sets, imports,
   * programs, invites, password resets, refresh tokens — in one transaction. Returns the athlete id, or
   * null (nothing deleted) when the user is not an athlete login.
   */
  deleteAthleteAccount(userId: string): Promise<string | null> {
    return writeTx(this.db, 'user.deleteAthleteAccount', async (tx) => {
      const r = (await tx.run(ATHLETE_OF_USER, { userId })).records[0];
      if (r === undefined) return null;
      const athleteId = toStringValue(r.get('athleteId'), 'athleteId');
      for (const statement of DELETE_ATHLETE_DATA) await tx.run(statement, { userId, athleteId });
      return athleteId;
    });
  }

  private version(op: string, cypher: string, params: Record<string, unknown>): Promise<number | null> {
    return writeTx(this.db, op, async (tx) => {
      const r = (await tx.run(cypher, params)).records[0];
      return r === undefined ? null : toNumber(r.get('tokenVersion'), 'tokenVersion');
    });
  }

  private one(op: string, cypher: string, params: Record<string, unknown>): Promise<UserRecord | null> {
    return readTx(this.db, op, async (tx) => {
      const r = (await tx.run(cypher, params)).records[0];
      return r === undefined ? null : userOf(r);
    });
  }

  private many(op: string, cypher: string, params: Record<string, unknown>): Promise<UserRecord[]> {
    return readTx(this.db, op, async (tx) => (await tx.run(cypher, params)).records.map(userOf));
  }
}
