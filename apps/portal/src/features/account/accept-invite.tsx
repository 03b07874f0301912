'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorState, Loading } from '~/components/states';
import { postSession, startSignedIn } from '~/features/auth/session-client';
import { AcceptInviteFields, confirmMismatch, firstIssueMessage, MIN_PASSWORD_LENGTH } from './account-fields';
import { invitePreviewOptions } from './account.api';
import { dateTimeText } from '~/lib/format-date';
import { browserDateSettings, timeLeftText } from './expiry';

/**
 * `/invite/<code>`: who invited whom (invitePreview), or why the link does not work; then the athlete's e-mail and
 * password. On success the athlete is signed in and lands on their program ("This week").
 */
export function AcceptInvite({ code }: { code: string }) {
  const preview = useQuery(invitePreviewOptions(code));
  if (preview.isPending) return <Loading label="Checking your invitation" />;
  if (preview.error) return <ErrorState error={preview.error} retry={() => void preview.refetch()} />;
  const invite = preview.data.invitePreview;
  if (!invite)
    return (
      <div className="state state-error" role="alert">
        <strong>This invitation does not work any more.</strong>
        <span>
          It has been used, withdrawn by your coach, or it expired (an invitation lasts 7 days). Ask your coach for a new link. If you
          already set a password, <Link href="/sign-in">sign in</Link> instead.
        </span>
      </div>
    );
  return (
    <>
      <div className="state state-empty" aria-label="Invitation">
        <span>
          <b>{invite.coachName}</b>
          {invite.organisationName ? (
            <>
              {' '}
              of <b>{invite.organisationName}</b>
            </>
          ) : null}{' '}
          invites <b>{invite.athleteName}</b> to follow the training program they write in Liftgraph.
        </span>
        <span className="muted small">
          Valid until {dateTimeText(invite.expiresAt, browserDateSettings())} ({timeLeftText(invite.expiresAt)}), once.
        </span>
      </div>
      <AcceptInviteForm code={code} athleteName={invite.athleteName} />
    </>
  );
}

function AcceptInviteForm({ code, athleteName }: { code: string; athleteName: string }) {
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
    const parsed = AcceptInviteFields.safeParse({ code, email: value('email'), password: value('password') });
    const problem = parsed.success ? confirmMismatch(value('password'), value('confirm')) : firstIssueMessage(parsed.error);
    if (problem !== null || !parsed.success) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const user = await postSession('/api/session/invite', parsed.data);
      router.replace(startSignedIn(queryClient, user));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not create your account.');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid" aria-label="Set up your account" noValidate data-hydrated={hydrated}>
      <p className="small" style={{ margin: 0 }}>
        Set up the account for {athleteName}: the e-mail you will sign in with and a password.
      </p>
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
          aria-describedby="invite-password-hint"
        />
      </label>
      <span id="invite-password-hint" className="muted small" style={{ marginTop: '-0.75rem' }}>
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
        {busy ? 'Setting up…' : 'Create my account'}
      </button>
    </form>
  );
}
