import { createHash, randomBytes } from 'node:crypto';

/** Bytes of randomness in invite codes, reset codes and refresh tokens (160 bits). */
const CODE_BYTES = 20;

/** A new single-use secret, URL-safe (base64url, 27 characters); only its hash is ever stored. */
export const newSecretCode = (): string => randomBytes(CODE_BYTES).toString('base64url');

/** The stored form of a secret: sha256, hex. */
export const hashSecretCode = (code: string): string => createHash('sha256').update(code, 'utf8').digest('hex');

/** Whether a string could be one of our codes at all (cheap refusal before any lookup or rate-limit write). */
export const looksLikeSecretCode = (code: string): boolean => /^[A-Za-z0-9_-]{27}$/.test(code);
