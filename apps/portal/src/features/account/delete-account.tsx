'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Panel } from '~/components/states';
import { signOutHere } from '~/features/auth/session-client';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { DeleteMyAccountDocument } from './account.api';
import styles from './account.module.css';

/** The word an athlete types to confirm deleting their account. */
export const DELETE_CONFIRMATION = 'DELETE';

/** An athlete deletes their account and all their training data (deleteMyAccount), then is signed out. */
export function DeleteAccount() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const remove = useMutation({
    mutationFn: (password: string) => gqlRequest(DeleteMyAccountDocument, { password }),
    onSuccess: async () => {
      await signOutHere(queryClient);
      router.replace('/sign-in?notice=account-deleted');
    },
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed !== DELETE_CONFIRMATION) return;
    remove.mutate(String(new FormData(event.currentTarget).get('password') ?? ''));
  }
  return (
    <Panel title="Delete my account">
      <form className={styles.danger} onSubmit={onSubmit} aria-label="Delete my account" style={{ maxWidth: 520 }}>
        <span>
          This deletes your account, your logged sessions and sets, and your programs, for good. Your coach no longer sees you. Download
          your log first if you want to keep it.
        </span>
        <label>
          Type {DELETE_CONFIRMATION} to confirm
          <input name="confirm" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <label>
          Your password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {remove.error ? (
          <div role="alert" className="state state-error">
            {userMessage(remove.error)}
          </div>
        ) : null}
        <div>
          <button type="submit" className="btn btn-danger" disabled={typed !== DELETE_CONFIRMATION || remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Delete my account and data'}
          </button>
        </div>
      </form>
    </Panel>
  );
}
