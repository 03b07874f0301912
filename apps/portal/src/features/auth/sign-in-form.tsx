'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';
import { homeFor, toRole } from '~/lib/role-home';
import { meKeys } from './auth.queries';

interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: string;
  athleteId: string | null;
  coachId: string | null;
}

export function SignInForm() {
  const router = useRouter();
  const next = useSearchParams().get('next');
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
      const res = await fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
      });
      const body = (await res.json()) as { user?: SessionUser; error?: string };
      if (!res.ok || !body.user) throw new Error(body.error ?? 'Sign-in failed.');
      queryClient.clear();
      queryClient.setQueryData(meKeys.all, { me: body.user });
      // Only same-site paths are honoured for ?next=, never an absolute URL.
      const safeNext = next?.startsWith('/') && !next.startsWith('//') ? next : null;
      router.replace(safeNext ?? homeFor(toRole(body.user.role)));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Sign-in failed.');
      setBusy(false);
    }
  }

  return (
    <form method="post" action="/sign-in" onSubmit={(e) => void onSubmit(e)} className="grid" aria-label="Sign in" data-hydrated={hydrated}>
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
  );
}
