'use client';

import { useMutation } from '@tanstack/react-query';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { IssuePasswordResetDocument } from './account.api';
import styles from './account.module.css';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { dateTimeText } from '~/lib/format-date';
import { timeLeftText } from './expiry';

/**
 * "Reset link": a single-use link (24 h) that lets a user who forgot their password set a new one
 * (issuePasswordReset), shown once. For a coach's athlete (`athleteId`) or, on the admin page, any user (`userId`).
 */
export function ResetLink({ athleteId, userId, label }: { athleteId?: string; userId?: string; label: string }) {
  const prefs = useViewerPreferences();
  const issue = useMutation({
    mutationFn: () => gqlRequest(IssuePasswordResetDocument, { athleteId: athleteId ?? null, userId: userId ?? null }),
  });
  const link = issue.data?.issuePasswordReset;
  return (
    <div className="grid" style={{ gap: '0.5rem' }}>
      <div>
        <button type="button" className="btn btn-ghost btn-small" disabled={issue.isPending} onClick={() => issue.mutate()}>
          {issue.isPending ? 'Creating…' : link ? 'New reset link' : 'Reset link'}
        </button>
        <span className="muted small"> {label}</span>
      </div>
      {issue.error ? (
        <div role="alert" className="state state-error">
          {userMessage(issue.error)}
        </div>
      ) : null}
      {link ? (
        <div className={styles.once} aria-label="Password reset link">
          <span className="small" role="status">
            <b>Reset link for {link.userEmail}</b>: shown only now. It works once, until {dateTimeText(link.expiresAt, prefs)} (
            {timeLeftText(link.expiresAt)}).
          </span>
          <div className={styles.link} data-testid="reset-url">
            {link.url}
          </div>
        </div>
      ) : null}
    </div>
  );
}
