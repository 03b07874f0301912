'use client';

import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';
import { postSession, startSignedIn } from './session-client';

/** Notices a page that sends the user here can ask for (?notice=…). */
const NOTICES: Record<string, string> = {
  'password-reset': 'Your new password is set. Sign in with it.',
  'signed-out-everywhere': 'You are signed out on every device.',
  'account-deleted': 'Your account and your training data are deleted.',
};

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const next = params.get('next');
  const notice = NOTICES[params.get('notice') ?? ''];
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Until React has hydrated, a click would submit the form natively; keep the button off until then.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const user = await postSession('/api/session', { email: form.get('email'), password: form.get('password') });
      router.replace(startSignedIn(queryClient, user, next));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Sign-in failed.');
      setBusy(false);
    }
  }

  return (
    <>
      {notice ? (
        <div className="state state-empty" role="status">
          {notice}
        </div>
      ) : null}
      <form
        method="post"
        action="/sign-in"
        onSubmit={(e) => void onSubmit(e)}
        className="grid"
        aria-label="Sign in"
        data-hydrated={hydrated}
      >
        <label>
          E-mail
          <input name="email" type="email" autoComplete="username" required defaultValue="" />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error ? (
          <div className="state state-error" role="alert">
            {error}
          </div>
        ) : null}
        <button className="btn" type="submit" disabled={busy || !hydrated}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="small">
        New coach? <Link href="/sign-up">Create an account for your gym or team</Link>.
        <br />
        Athlete with an invitation? Open its link, or <Link href="/invite">enter the invite code</Link>.
      </p>
    </>
  );
}
