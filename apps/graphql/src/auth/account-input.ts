import { isTimeZone } from '@liftgraph/domain/science';
import { ApiError } from '../errors/api-error.js';

/** Minimum length of a new password (NIST SP 800-63B asks for 8 at least; we ask for 10). */
export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const bad = (message: string): ApiError => new ApiError('BAD_USER_INPUT', message);

/** A trimmed, lower-case e-mail address, or an error naming the field and the expected form. */
export function checkEmail(field: string, value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email))
    throw bad(`${field}: "${value.slice(0, 80)}" is not an e-mail address. Fix: write it as name@example.com`);
  return email;
}

/** A new password: 10 to 200 characters. */
export function checkNewPassword(field: string, value: string): string {
  if (value.length < MIN_PASSWORD_LENGTH)
    throw bad(`${field} is too short (${value.length} characters). Fix: choose a password of at least ${MIN_PASSWORD_LENGTH} characters`);
  if (value.length > MAX_PASSWORD_LENGTH)
    throw bad(`${field} is too long (${value.length} characters). Fix: use at most ${MAX_PASSWORD_LENGTH} characters`);
  return value;
}

/** A person's or an organisation's name: trimmed, 1 to `max` characters. */
export function checkName(field: string, value: string, max = 120): string {
  const name = value.trim();
  if (name === '') throw bad(`${field} is empty. Fix: write a name`);
  if (name.length > max) throw bad(`${field} has ${name.length} characters. Fix: shorten it to at most ${max}`);
  return name;
}

/** A BCP-47 language tag in its canonical form (en-gb → en-GB). */
export function checkLocale(field: string, value: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(value.trim());
    if (canonical !== undefined && value.trim().length <= 35) return canonical;
  } catch {
    // reported below
  }
  throw bad(`${field}: "${value.slice(0, 40)}" is not a BCP-47 locale. Fix: write one such as en-GB, en-US or fr-FR`);
}

export function checkTimeZone(field: string, value: string): string {
  if (!isTimeZone(value))
    throw bad(`${field}: "${value.slice(0, 60)}" is not an IANA time zone. Fix: write one such as Europe/Paris or UTC`);
  return value;
}

/** A secret code as typed or pasted (surrounding spaces dropped); length-capped before hashing. */
export function checkCode(field: string, value: string): string {
  const code = value.trim();
  if (code === '' || code.length > 200) throw bad(`${field} is empty or too long. Fix: paste the code exactly as you received it`);
  return code;
}
