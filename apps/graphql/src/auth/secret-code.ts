import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Bytes of randomness in invite codes, reset codes and refresh tokens (160 bits). */
const CODE_BYTES = 20;

/** A new single-use secret, URL-safe (base64url, 27 characters); only its hash is ever stored. */
export const newSecretCode = (): string => randomBytes(CODE_BYTES).toString('base64url');

/** The stored form of a secret: sha256, hex. */
export const hashSecretCode = (code: string): string => createHash('sha256').update(code, 'utf8').digest('hex');

/** Whether a string could be one of our codes at all (cheap refusal before any lookup or rate-limit write). */
export const looksLikeSecretCode = (code: string): boolean => /^[A-Za-z0-9_-]{27}$/.test(code);

/**
 * Codes people type from paper or read aloud (invites, password resets): Crockford's base32 — digits and
 * capitals without I, L, O or U — 20 characters, 100 bits. Single use, expiring and rate-limited per address,
 * so 100 bits is far beyond guessing. The portal shows them in groups of four.
 */
const TYPED_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TYPED_LENGTH = 20;
const TYPED_CODE = new RegExp(`^[${TYPED_ALPHABET}]{${TYPED_LENGTH}}$`);

export const newTypedCode = (): string => Array.from({ length: TYPED_LENGTH }, () => TYPED_ALPHABET[randomInt(32)]).join('');

/** A typed code as stored: spaces and hyphens dropped, any case, O read as 0 and I or L as 1 (Crockford's rule). */
export const canonicalTypedCode = (typed: string): string =>
  typed
    .replace(/[\s-]+/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

/** Whether a canonical typed code could be one of ours (cheap refusal before any lookup). */
export const looksLikeTypedCode = (code: string): boolean => TYPED_CODE.test(code);
