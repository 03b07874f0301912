'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { confirmMismatch, firstIssueMessage, password as passwordField, MIN_PASSWORD_LENGTH } from './account-fields';
import { ResetPasswordDocument } from './account.api';

/** `/reset/<code>`: a new password from a reset link (single use); then sign-in with it. */
export function ResetPasswordForm({ code }: { code: string }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const reset = useMutation({
    mutationFn: (newPassword: string) => gqlRequest(ResetPasswordDocument, { code, newPassword }),
    onSuccess: () => router.replace('/sign-in?notice=password-reset'),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pass = String(form.get('password') ?? '');
    const parsed = passwordField.safeParse(pass);
    const found = parsed.success ? confirmMismatch(pass, String(form.get('confirm') ?? '')) : firstIssueMessage(parsed.error);
    setProblem(found);
    if (found === null) reset.mutate(pass);
  }

  const error = problem ?? (reset.error ? resetFailure(reset.error) : null);
  return (
    <form onSubmit={onSubmit} className="grid" aria-label="Set a new password" noValidate data-hydrated={hydrated}>
      <label>
        New password
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          aria-describedby="reset-password-hint"
        />
      </label>
      <span id="reset-password-hint" className="muted small" style={{ marginTop: '-0.75rem' }}>
        At least {MIN_PASSWORD_LENGTH} characters. Signing in elsewhere ends once it is set.
      </span>
      <label>
        Repeat new password
        <input name="confirm" type="password" autoComplete="new-password" required />
      </label>
      {error ? (
        <div className="state state-error" role="alert">
          {error}
        </div>
      ) : null}
      <button className="btn" type="submit" disabled={reset.isPending || !hydrated}>
        {reset.isPending ? 'Saving…' : 'Set new password'}
      </button>
    </form>
  );
}

function resetFailure(error: unknown): string {
  const message = userMessage(error);
  return `${message} A reset link works once and for 24 hours; ask your coach or an admin for a new one if this one is spent.`;
}
