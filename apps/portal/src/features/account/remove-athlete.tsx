'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { athleteKeys } from '~/features/athletes/athletes.queries';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { RemoveAthleteDocument } from './account.api';
import styles from './account.module.css';

/** "Remove from my roster", confirmed first (removeAthlete); the athlete keeps their account and data. Back to the roster after. */
export function RemoveAthlete({ athleteId, athleteName }: { athleteId: string; athleteName: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => gqlRequest(RemoveAthleteDocument, { athleteId }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: athleteKeys.detail(athleteId) });
      await queryClient.invalidateQueries({ queryKey: athleteKeys.roster() });
      router.push('/coach');
    },
  });
  if (!confirming)
    return (
      <div>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setConfirming(true)}>
          Remove from my roster
        </button>
      </div>
    );
  return (
    <div className={styles.danger} role="group" aria-label={`Remove ${athleteName}`}>
      <span>
        Remove <b>{athleteName}</b> from your roster? You will no longer see their log, programs or status. Their account and training data
        stay theirs; to work together again they need a new invitation from an organisation&apos;s coach.
      </span>
      <div className="form-row">
        <button type="button" className="btn btn-danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
          {remove.isPending ? 'Removing…' : `Remove ${athleteName}`}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => setConfirming(false)}>
          Keep
        </button>
      </div>
      {remove.error ? (
        <div role="alert" className="state state-error">
          {userMessage(remove.error)}
        </div>
      ) : null}
    </div>
  );
}
