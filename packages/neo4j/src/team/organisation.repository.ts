import type { GraphDb } from '../graph-db.js';
import { toNumber, toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import type { MembershipRole } from '../user/user.repository.js';
import {
  CREATE_COACH_USER,
  CREATE_ORGANISATION,
  EMAIL_TAKEN,
  LIST_ORGANISATIONS,
  SET_MEMBERSHIP,
  UPSERT_ORGANISATION,
} from './team.cypher.js';

export interface OrganisationRecord {
  id: string;
  name: string;
  createdAt: string;
  /** Distinct athletes coached by the organisation's coaches. */
  athleteCount: number;
}

/** A new coach login: the user, the Coach node it stands for, and its role in the organisation. */
export interface NewCoachAccount {
  userId: string;
  coachId: string;
  email: string;
  name: string;
  passwordHash: string;
}

export type CoachAccountOutcome = 'created' | 'email-taken' | 'no-organisation';

/** Organisations and their coach users; every multi-node write is one transaction. */
export class OrganisationRepository {
  constructor(private readonly db: GraphDb) {}

  /** Sign-up: a new organisation and its first coach (OWNER), together or not at all. */
  createWithOwner(organisation: { id: string; name: string }, owner: NewCoachAccount): Promise<CoachAccountOutcome> {
    return writeTx(this.db, 'organisation.createWithOwner', async (tx) => {
      const email = owner.email.trim().toLowerCase();
      if ((await tx.run(EMAIL_TAKEN, { email })).records.length > 0) return 'email-taken';
      await tx.run(CREATE_ORGANISATION, organisation);
      await tx.run(CREATE_COACH_USER, { ...owner, email, organisationId: organisation.id, role: 'OWNER' });
      return 'created';
    });
  }

  /** An admin adds a coach (role COACH) to an existing organisation. */
  addCoach(organisationId: string, coach: NewCoachAccount): Promise<CoachAccountOutcome> {
    return writeTx(this.db, 'organisation.addCoach', async (tx) => {
      const email = coach.email.trim().toLowerCase();
      if ((await tx.run(EMAIL_TAKEN, { email })).records.length > 0) return 'email-taken';
      const created = await tx.run(CREATE_COACH_USER, { ...coach, email, organisationId, role: 'COACH' });
      return created.records.length > 0 ? 'created' : 'no-organisation';
    });
  }

  /** Idempotent (demo seed): the organisation exists with this name and the user is a member with this role. */
  ensureMembership(organisation: { id: string; name: string }, userId: string, role: MembershipRole): Promise<void> {
    return writeTx(this.db, 'organisation.ensureMembership', async (tx) => {
      await tx.run(UPSERT_ORGANISATION, organisation);
      await tx.run(SET_MEMBERSHIP, { userId, organisationId: organisation.id, role });
    });
  }

  /** Every organisation (ids = null) or those with these ids, by name. */
  list(ids: readonly string[] | null = null): Promise<OrganisationRecord[]> {
    return readTx(this.db, 'organisation.list', async (tx) =>
      (await tx.run(LIST_ORGANISATIONS, { ids: ids === null ? null : [...ids] })).records.map((r) => ({
        id: toStringValue(r.get('id'), 'organisation.id'),
        name: toStringValue(r.get('name'), 'organisation.name'),
        createdAt: toStringValue(r.get('createdAt'), 'organisation.createdAt'),
        athleteCount: toNumber(r.get('athleteCount'), 'athleteCount'),
      })),
    );
  }
}
