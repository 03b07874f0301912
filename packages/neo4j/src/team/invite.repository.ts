import type { GraphDb } from '../graph-db.js';
import { toNullableString, toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import {
  CREATE_ATHLETE_USER,
  CREATE_INVITE,
  EMAIL_TAKEN,
  INVITE_BY_ID,
  INVITES_FOR_ATHLETE,
  LOCK_INVITE,
  PREVIEW_INVITE,
  REVOKE_INVITE,
  UNLOCK_INVITE,
  USABLE_INVITE_BY_ID,
} from './team.cypher.js';

export type InviteStatus = 'pending' | 'used' | 'expired' | 'revoked';

export interface InviteRecord {
  id: string;
  athleteId: string;
  athleteName: string;
  /** The coach who invited (null when an admin did). */
  coachId: string | null;
  email: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

export interface NewInvite {
  id: string;
  codeHash: string;
  athleteId: string;
  coachId: string | null;
  email: string | null;
  /** ISO instants. */
  now: string;
  expiresAt: string;
}

export interface InvitePreviewRecord {
  athleteName: string;
  coachName: string | null;
  organisationName: string | null;
  expiresAt: string;
}

export interface NewAthleteLogin {
  userId: string;
  email: string;
  name: string;
  passwordHash: string;
}

/** 'accepted' carries the new user id; the refusals say why (the API words them). */
export type AcceptOutcome =
  { kind: 'accepted'; userId: string; athleteId: string } | { kind: 'invalid' } | { kind: 'athlete-has-account' } | { kind: 'email-taken' };

/** What an invite is at `now`: revoked and used win over expired. */
export function inviteStatus(invite: InviteRecord, now: Date): InviteStatus {
  if (invite.revokedAt !== null) return 'revoked';
  if (invite.usedAt !== null) return 'used';
  return Date.parse(invite.expiresAt) <= now.getTime() ? 'expired' : 'pending';
}

type Row = { get(key: string): unknown };
function toInvite(r: Row): InviteRecord {
  const i = r.get('invite') as Record<string, unknown>;
  return {
    id: toStringValue(i.id, 'invite.id'),
    athleteId: toStringValue(i.athleteId, 'invite.athleteId'),
    athleteName: toNullableString(r.get('athleteName'), 'athleteName') ?? '',
    coachId: toNullableString(i.coachId, 'invite.coachId'),
    email: toNullableString(i.email, 'invite.email'),
    createdAt: toStringValue(i.createdAt, 'invite.createdAt'),
    expiresAt: toStringValue(i.expiresAt, 'invite.expiresAt'),
    usedAt: toNullableString(i.usedAt, 'invite.usedAt'),
    revokedAt: toNullableString(i.revokedAt, 'invite.revokedAt'),
  };
}

/** Invites of athletes to create their login; codes are stored only as their sha256 (`codeHash`). */
export class InviteRepository {
  constructor(private readonly db: GraphDb) {}

  /** null when the athlete does not exist. */
  create(input: NewInvite): Promise<InviteRecord | null> {
    return writeTx(this.db, 'invite.create', async (tx) => {
      const r = (await tx.run(CREATE_INVITE, input)).records[0];
      return r === undefined ? null : toInvite(r);
    });
  }

  forAthlete(athleteId: string): Promise<InviteRecord[]> {
    return readTx(this.db, 'invite.forAthlete', async (tx) => (await tx.run(INVITES_FOR_ATHLETE, { athleteId })).records.map(toInvite));
  }

  byId(id: string): Promise<InviteRecord | null> {
    return readTx(this.db, 'invite.byId', async (tx) => {
      const r = (await tx.run(INVITE_BY_ID, { id })).records[0];
      return r === undefined ? null : toInvite(r);
    });
  }

  /** Revokes a pending invite (a used or revoked one stays as it is); null when there is no such invite. */
  revoke(id: string, now: string): Promise<InviteRecord | null> {
    return writeTx(this.db, 'invite.revoke', async (tx) => {
      const r = (await tx.run(REVOKE_INVITE, { id, now })).records[0];
      return r === undefined ? null : toInvite(r);
    });
  }

  /** What the invitee is shown before accepting; null unless the code is usable at `now`. */
  preview(codeHash: string, now: string): Promise<InvitePreviewRecord | null> {
    return readTx(this.db, 'invite.preview', async (tx) => {
      const r = (await tx.run(PREVIEW_INVITE, { codeHash, now })).records[0];
      if (r === undefined) return null;
      return {
        athleteName: toNullableString(r.get('athleteName'), 'athleteName') ?? '',
        coachName: toNullableString(r.get('coachName'), 'coachName'),
        organisationName: toNullableString(r.get('organisationName'), 'organisationName'),
        expiresAt: toStringValue(r.get('expiresAt'), 'expiresAt'),
      };
    });
  }

  /**
   * Creates the ATHLETE login IS-linked to the invite's athlete and marks the invite used, in one
   * transaction that holds the invite's lock (two uses of one code: one wins, the other is 'invalid').
   */
  accept(codeHash: string, login: NewAthleteLogin, now: string): Promise<AcceptOutcome> {
    return writeTx(this.db, 'invite.accept', async (tx): Promise<AcceptOutcome> => {
      const locked = (await tx.run(LOCK_INVITE, { codeHash })).records[0];
      if (locked === undefined) return { kind: 'invalid' };
      const id = toStringValue(locked.get('id'), 'invite.id');
      const outcome = await (async (): Promise<AcceptOutcome> => {
        const usable = (await tx.run(USABLE_INVITE_BY_ID, { id, now })).records[0];
        if (usable === undefined) return { kind: 'invalid' };
        if (usable.get('hasAccount') === true) return { kind: 'athlete-has-account' };
        const email = login.email.trim().toLowerCase();
        if ((await tx.run(EMAIL_TAKEN, { email })).records.length > 0) return { kind: 'email-taken' };
        const athleteId = toStringValue(usable.get('athleteId'), 'athleteId');
        await tx.run(CREATE_ATHLETE_USER, { ...login, email, athleteId, inviteId: id, now });
        return { kind: 'accepted', userId: login.userId, athleteId };
      })();
      await tx.run(UNLOCK_INVITE, { id });
      return outcome;
    });
  }
}
