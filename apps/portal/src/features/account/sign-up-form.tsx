'use client';

import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';
import { postSession, startSignedIn } from '~/features/auth/session-client';
import { confirmMismatch, firstIssueMessage, MIN_PASSWORD_LENGTH, SignUpFields } from './account-fields';

/** Coach sign-up: the coach's name, e-mail, password and their organisation; signed in and on the roster after. */
export function SignUpForm() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (k: string) => String(form.get(k) ?? '');
    const parsed = SignUpFields.safeParse({
      name: value('name'),
      email: value('email'),
      password: value('password'),
      organisationName: value('organisationName'),
    });
    const problem = parsed.success ? confirmMismatch(value('password'), value('confirm')) : firstIssueMessage(parsed.error);
    if (problem !== null || !parsed.success) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const user = await postSession('/api/session/sign-up', parsed.data);
      router.replace(startSignedIn(queryClient, user));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Sign-up failed.');
      setBusy(false);
    }
  }

  return (
    <>
      <form onSubmit={(e) => void onSubmit(e)} className="grid" aria-label="Create a coach account" noValidate data-hydrated={hydrated}>
        <label>
          Your name
          <input name="name" autoComplete="name" required maxLength={200} />
        </label>
        <label>
          Gym or team name
          <input name="organisationName" autoComplete="organization" required maxLength={200} aria-describedby="org-hint" />
        </label>
        <span id="org-hint" className="muted small" style={{ marginTop: '-0.75rem' }}>
          Your athletes see it on their invitation.
        </span>
        <label>
          E-mail
          <input name="email" type="email" autoComplete="username" required maxLength={320} />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            aria-describedby="password-hint"
          />
        </label>
        <span id="password-hint" className="muted small" style={{ marginTop: '-0.75rem' }}>
          At least {MIN_PASSWORD_LENGTH} characters.
        </span>
        <label>
          Repeat password
          <input name="confirm" type="password" autoComplete="new-password" required />
        </label>
        {error ? (
          <div className="state state-error" role="alert">
            {error}
          </div>
        ) : null}
        <button className="btn" type="submit" disabled={busy || !hydrated}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p className="small">
        Already have an account? <Link href="/sign-in">Sign in</Link>. Athletes: use the invite link from your coach instead.
      </p>
    </>
  );
}
