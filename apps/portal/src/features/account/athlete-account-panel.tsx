'use client';

import { useQuery } from '@tanstack/react-query';
import { Panel } from '~/components/states';
import { meOptions } from '~/features/auth/auth.queries';
import { athleteDetailOptions } from '~/features/athletes/athletes.queries';
import { InvitePanel } from './invite-panel';
import styles from './account.module.css';
import { RemoveAthlete } from './remove-athlete';
import { ResetLink } from './reset-link';

/** The coach's account tools for one athlete (mounted on the athlete page): invite, reset link, remove. */
export function AthleteAccountPanel({ athleteId }: { athleteId: string }) {
  const detail = useQuery(athleteDetailOptions(athleteId));
  const me = useQuery(meOptions());
  const athlete = detail.data?.athlete;
  if (!athlete) return null; // the athlete page shows loading, errors and "not found"
  return (
    <div id="account" style={{ marginTop: '1rem', scrollMarginTop: '1rem' }}>
      <Panel title="Account">
        <div className="grid">
          <InvitePanel athleteId={athlete.id} athleteName={athlete.name} organisationName={me.data?.me.organisation?.name} />
          <div className={styles.section}>
            <h3 style={{ margin: 0 }}>Forgotten password</h3>
            <ResetLink athleteId={athlete.id} label={`for ${athlete.name}'s account, once they have accepted an invitation.`} />
          </div>
          <div className={styles.section}>
            <h3 style={{ margin: 0 }}>Roster</h3>
            <RemoveAthlete athleteId={athlete.id} athleteName={athlete.name} />
          </div>
        </div>
      </Panel>
    </div>
  );
}
