'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Panel } from '~/components/states';
import { meOptions } from '~/features/auth/auth.queries';
import { postSession, signOutHere } from '~/features/auth/session-client';
import { ChangePasswordFields, confirmMismatch, firstIssueMessage, MIN_PASSWORD_LENGTH } from './account-fields';
import { DeleteAccount } from './delete-account';

/** Settings → Security: change password, sign out everywhere; for an athlete also deleting the account. */
export function SecurityPanel() {
  const me = useQuery(meOptions());
  return (
    <>
      <Panel title="Security">
        <div className="grid">
          <ChangePassword />
          <SignOutEverywhere />
        </div>
      </Panel>
      {me.data?.me.role === 'ATHLETE' ? <DeleteAccount /> : null}
    </>
  );
}

function ChangePassword() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const value = (k: string) => String(form.get(k) ?? '');
    const parsed = ChangePasswordFields.safeParse({ currentPassword: value('currentPassword'), newPassword: value('newPassword') });
    const problem = parsed.success ? confirmMismatch(value('newPassword'), value('confirm')) : firstIssueMessage(parsed.error);
    if (problem !== null || !parsed.success) {
      setMessage({ ok: false, text: problem ?? '' });
      return;
    }
    setBusy(true);
    try {
      await postSession('/api/session/password', parsed.data);
      formEl.reset();
      setMessage({ ok: true, text: 'Password changed. Your other devices are signed out; this one stays signed in.' });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : 'Could not change the password.' });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="grid" onSubmit={(e) => void onSubmit(e)} aria-label="Change password" noValidate style={{ maxWidth: 420 }}>
      <h3 style={{ margin: 0 }}>Change password</h3>
      <label>
        Current password
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label>
        New password
        <input name="newPassword" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
      </label>
      <label>
        Repeat new password
        <input name="confirm" type="password" autoComplete="new-password" required />
      </label>
      <span className="muted small" style={{ marginTop: '-0.5rem' }}>
        At least {MIN_PASSWORD_LENGTH} characters.
      </span>
      {message ? (
        <div
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'small' : 'state state-error'}
          style={message.ok ? { color: 'var(--ok)' } : undefined}
        >
          {message.text}
        </div>
      ) : null}
      <div>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? 'Saving…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}

function SignOutEverywhere() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    setError(null);
    const res = await fetch('/api/session/everywhere', { method: 'POST' }).catch(() => null);
    if (!res?.ok) {
      const body = (await res?.json().catch(() => ({}))) as { error?: string } | undefined;
      setError(body?.error ?? 'The portal is not reachable.');
      setBusy(false);
      return;
    }
    await signOutHere(queryClient);
    router.replace('/sign-in?notice=signed-out-everywhere');
  }
  return (
    <div className="grid" style={{ gap: '0.5rem' }}>
      <h3 style={{ margin: 0 }}>Signed-in devices</h3>
      <p className="muted small" style={{ margin: 0 }}>
        Lost a phone, or signed in on a shared computer? This signs you out on every device, this one included.
      </p>
      <div>
        <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => void run()}>
          {busy ? 'Signing out…' : 'Sign out everywhere'}
        </button>
      </div>
      {error ? (
        <div role="alert" className="state state-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}
