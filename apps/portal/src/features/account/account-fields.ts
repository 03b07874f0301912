import { z } from 'zod';

/** The API refuses shorter passwords (signUp, acceptInvite, resetPassword, changePassword, createCoach). */
export const MIN_PASSWORD_LENGTH = 10;

const email = z.string().trim().min(1, 'Enter an e-mail address.').max(320).email('Enter a valid e-mail address, like name@example.com.');
export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, 'The password can have at most 200 characters.');
const name = (what: string) => z.string().trim().min(1, `Enter ${what}.`).max(200, `${what} can have at most 200 characters.`);

/** Coach sign-up: checked in the form before sending and again by the session route. */
export const SignUpFields = z.object({
  name: name('your name'),
  email,
  password,
  organisationName: name('the name of your gym or team'),
});

/** An invited athlete's account. */
export const AcceptInviteFields = z.object({
  code: z.string().trim().min(1).max(200),
  email,
  password,
  name: z.string().trim().max(200).optional(),
});

export const ChangePasswordFields = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(200),
  newPassword: password,
});

/** The first problem of a failed parse, as a sentence for the form. */
export function firstIssueMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Please check the values you entered.';
}

/** "Repeat password" must equal the password; null when it does. */
export function confirmMismatch(pass: string, confirm: string): string | null {
  return pass === confirm ? null : 'The two passwords differ: type the same password twice.';
}
