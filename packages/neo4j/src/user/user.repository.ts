import type { GraphDb } from '../graph-db.js';
import { toNullableString, toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import {
  ATHLETE_IDS_FOR_COACH,
  FIND_USER_BY_EMAIL,
  FIND_USER_BY_ID,
  LINK_COACH_ATHLETE,
  LINK_USER_ATHLETE,
  LINK_USER_COACH,
  UPSERT_USER,
} from './user.cypher.js';

export type UserRole = 'COACH' | 'ATHLETE' | 'ANALYST' | 'ADMIN';
const ROLES: readonly UserRole[] = ['COACH', 'ATHLETE', 'ANALYST', 'ADMIN'];

/** A login: (User)-[:IS]->(Athlete|Coach) gives the person behind an ATHLETE or COACH account. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  passwordHash: string;
  athleteId: string | null;
  coachId: string | null;
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

function toUser(user: Record<string, unknown>, athleteId: unknown, coachId: unknown): UserRecord {
  return {
    id: toStringValue(user.id, 'user.id'),
    email: toStringValue(user.email, 'user.email'),
    name: toNullableString(user.name, 'user.name') ?? '',
    role: toRole(user.role),
    passwordHash: toStringValue(user.passwordHash, 'user.passwordHash'),
    athleteId: toNullableString(athleteId, 'athleteId'),
    coachId: toNullableString(coachId, 'coachId'),
  };
}

/** Users (logins), their roles and the coach → athlete relation that authorization keys on. */
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

  byEmail(email: string): Promise<UserRecord | null> {
    return this.one('user.byEmail', FIND_USER_BY_EMAIL, { email: email.toLowerCase() });
  }

  byId(id: string): Promise<UserRecord | null> {
    return this.one('user.byId', FIND_USER_BY_ID, { id });
  }

  athleteIdsForCoach(coachId: string): Promise<string[]> {
    return readTx(this.db, 'user.athleteIdsForCoach', async (tx) =>
      (await tx.run(ATHLETE_IDS_FOR_COACH, { coachId })).records.map((r) => toStringValue(r.get('id'), 'id')),
    );
  }

  private one(op: string, cypher: string, params: Record<string, unknown>): Promise<UserRecord | null> {
    return readTx(this.db, op, async (tx) => {
      const r = (await tx.run(cypher, params)).records[0];
      return r === undefined ? null : toUser(r.get('user') as Record<string, unknown>, r.get('athleteId'), r.get('coachId'));
    });
  }
}
