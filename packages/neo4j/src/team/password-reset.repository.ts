import type { GraphDb } from '../graph-db.js';
import { toStringValue } from '../integer.mapper.js';
import { readTx, writeTx } from '../tx.js';
import { CONSUME_PASSWORD_RESET, CREATE_PASSWORD_RESET, LOCK_PASSWORD_RESET, USABLE_PASSWORD_RESET } from './team.cypher.js';

export interface NewPasswordReset {
  id: string;
  codeHash: string;
  userId: string;
  /** The user id of the coach or admin who issued it. */
  issuedBy: string;
  now: string;
  expiresAt: string;
}

/** Single-use password reset codes (only their sha256 stored). */
export class PasswordResetRepository {
  constructor(private readonly db: GraphDb) {}

  /** false when the user does not exist. */
  create(input: NewPasswordReset): Promise<boolean> {
    return writeTx(this.db, 'passwordReset.create', async (tx) => (await tx.run(CREATE_PASSWORD_RESET, input)).records.length > 0);
  }

  /** Whether a code is unused and unexpired at `now` (a cheap check before hashing a new password; `consume` decides). */
  isUsable(codeHash: string, now: string): Promise<boolean> {
    return readTx(
      this.db,
      'passwordReset.isUsable',
      async (tx) => (await tx.run(USABLE_PASSWORD_RESET, { codeHash, now })).records.length > 0,
    );
  }

  /**
   * Uses a code: sets the new password hash, bumps the user's token version and marks the code used,
   * in one transaction holding the code's lock. The user id, or null when the code is unknown, used or expired.
   */
  consume(codeHash: string, passwordHash: string, now: string): Promise<string | null> {
    return writeTx(this.db, 'passwordReset.consume', async (tx) => {
      const locked = (await tx.run(LOCK_PASSWORD_RESET, { codeHash })).records[0];
      if (locked === undefined) return null;
      const id = toStringValue(locked.get('id'), 'passwordReset.id');
      const r = (await tx.run(CONSUME_PASSWORD_RESET, { id, passwordHash, now })).records[0];
      return r === undefined ? null : toStringValue(r.get('userId'), 'userId');
    });
  }
}
