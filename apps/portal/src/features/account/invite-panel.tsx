'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { QueryState } from '~/components/states';
import { gqlRequest } from '~/graphql/client';
import type { CreateInviteMutation } from '~/graphql/gql/graphql';
import { userMessage } from '~/graphql/request-error';
import { accountKeys, CreateInviteDocument, invitesOptions, RevokeInviteDocument } from './account.api';
import styles from './account.module.css';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { dateTimeText } from '~/lib/format-date';
import { timeLeftText } from './expiry';
import { codeGroups, INVITE_STATUS_TEXT, INVITE_STATUS_TONE } from './invite-text';

type CreatedInvite = CreateInviteMutation['createInvite'];

/**
 * "Invite": a single-use link and code for the athlete to set up their account (createInvite), shown once with a
 * printable card; then the athlete's invitations with their state, pending ones revocable.
 */
export function InvitePanel({
  athleteId,
  athleteName,
  organisationName,
}: {
  athleteId: string;
  athleteName: string;
  organisationName?: string;
}) {
  const queryClient = useQueryClient();
  const invites = useQuery(invitesOptions(athleteId));
  const prefs = useViewerPreferences();
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const accepted = invites.data?.invites.find((i) => i.status === 'used');
  const create = useMutation({
    mutationFn: (email: string | null) => gqlRequest(CreateInviteDocument, { athleteId, email }),
    onSuccess: async (data) => {
      setCreated(data.createInvite);
      await queryClient.invalidateQueries({ queryKey: accountKeys.invites(athleteId) });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => gqlRequest(RevokeInviteDocument, { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.invites(athleteId) }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    create.mutate(email === '' ? null : email);
  }

  return (
    <div className={styles.section} aria-label="Invitations" role="group">
      <h3 style={{ margin: 0 }}>{accepted ? 'Their account' : `Invite ${athleteName}`}</h3>
      {accepted ? null : (
        <p className="muted small" style={{ margin: 0 }}>
          The invite lets {athleteName} set a password and see their program. It works once and for 7 days. Give them the link or the code,
          or print it.
        </p>
      )}
      {accepted && !created ? (
        <p className="small" role="status" style={{ margin: 0 }}>
          <span className="badge badge-ok">has an account</span> {athleteName} accepted an invitation and signs in with their own password.
          Forgot it? Use the reset link below.
        </p>
      ) : created ? (
        <CreatedInviteCard invite={created} organisationName={organisationName} onDone={() => setCreated(null)} />
      ) : (
        <form className="form-row" onSubmit={submit} aria-label={`Invite ${athleteName}`}>
          <label style={{ flex: '1 1 220px' }}>
            Their e-mail (optional: we send the link)
            <input name="email" type="email" autoComplete="off" maxLength={320} />
          </label>
          <button type="submit" className="btn" disabled={create.isPending} style={{ alignSelf: 'flex-end' }}>
            {create.isPending ? 'Creating…' : 'Create invite'}
          </button>
        </form>
      )}
      {create.error ? (
        <div role="alert" className="state state-error">
          {userMessage(create.error)}
        </div>
      ) : null}
      <QueryState
        query={invites}
        label="Loading invitations"
        isEmpty={(d) => d.invites.length === 0}
        empty={<p className="muted small">No invitations yet.</p>}
      >
        {(data) => (
          <ul className={styles.list} aria-label="Invitations sent">
            {data.invites.map((inv) => (
              <li key={inv.id} className={styles.item} data-testid="invite-item">
                <span>
                  <span className={`badge badge-${INVITE_STATUS_TONE[inv.status] ?? 'info'}`} data-testid="invite-status">
                    {INVITE_STATUS_TEXT[inv.status] ?? inv.status}
                  </span>{' '}
                  <span className="small">
                    created {dateTimeText(inv.createdAt, prefs)}
                    {inv.email ? ` · sent to ${inv.email}` : ''}
                    {inv.status === 'pending' ? ` · valid until ${dateTimeText(inv.expiresAt, prefs)}` : ''}
                  </span>
                </span>
                {inv.status === 'pending' ? (
                  <button
                    type="button"
                    className="btn btn-small btn-ghost"
                    disabled={revoke.isPending}
                    onClick={() => revoke.mutate(inv.id)}
                    aria-label={`Revoke the invitation created ${dateTimeText(inv.createdAt, prefs)}`}
                  >
                    Revoke
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {revoke.error ? (
        <div role="alert" className="state state-error">
          {userMessage(revoke.error)}
        </div>
      ) : null}
    </div>
  );
}

/** The new invite's link and code: shown only now (the API keeps a hash), with copy and print. */
function CreatedInviteCard({ invite, organisationName, onDone }: { invite: CreatedInvite; organisationName?: string; onDone: () => void }) {
  const prefs = useViewerPreferences();
  const [copied, setCopied] = useState(false);
  async function copy() {
    if (!invite.url) return;
    try {
      await navigator.clipboard.writeText(invite.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <section className={`${styles.once} ${styles.printable}`} aria-label="New invitation">
      <p className={styles.printOnly} style={{ margin: 0, fontSize: '20pt', fontWeight: 700 }}>
        Liftgraph invitation for {invite.athleteName}
      </p>
      <p className={`small ${styles.noPrint}`} style={{ margin: 0 }} role="status">
        <b>Invitation for {invite.athleteName} created.</b> Copy or print it now: it is shown only once.
        {invite.email ? ` We also sent it to ${invite.email}.` : ''}
      </p>
      <p className={styles.printOnly} style={{ margin: 0 }}>
        {organisationName ? `${organisationName} invites you to Liftgraph. ` : ''}Open the link below on your phone or computer, or go to{' '}
        <b>{invitePageOf(invite.url)}</b> and type the code, then choose your password.
      </p>
      <div>
        <div className="muted small">Code</div>
        <p className={styles.code} data-testid="invite-code" aria-label="Invite code">
          {codeGroups(invite.code ?? '')}
        </p>
      </div>
      <div>
        <div className="muted small">Link</div>
        <div className={styles.link} data-testid="invite-url">
          {invite.url}
        </div>
      </div>
      <div className="small">
        Valid until <b>{dateTimeText(invite.expiresAt, prefs)}</b> ({timeLeftText(invite.expiresAt)}), for one sign-up.
      </div>
      <div className={`form-row ${styles.noPrint}`}>
        <button type="button" className="btn" onClick={() => void copy()}>
          {copied ? 'Link copied ✓' : 'Copy link'}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}

/** Where a code from paper is typed: the invite link without its code (`…/invite`). */
function invitePageOf(url: string | null): string {
  return url === null ? 'the invite page' : url.replace(/\/invite\/[^/]*$/, '/invite');
}
