'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { athleteKeys } from '~/features/athletes/athletes.queries';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { programActions } from './program-actions';
import {
  ArchiveProgramDocument,
  AssignProgramDocument,
  CopyProgramDocument,
  DeleteProgramDocument,
  programKeys,
  programTemplatesOptions,
} from './programs.queries';

type Action = 'assign' | 'archive' | 'delete' | 'copy' | 'template';

const DONE: Record<Action, string> = {
  assign: 'Assigned: it is now the active program.',
  archive: 'Archived.',
  delete: 'Deleted.',
  copy: 'Copied as a new draft.',
  template: 'Saved as a template.',
};

/** Open / assign / archive / delete / copy / save as template for one program of an athlete. */
export function ProgramListActions({ program }: { program: { id: string; name: string; status: string; athleteId: string } }) {
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const allowed = programActions(program.status);
  // The template saved from this program (its id), so a second click cannot save a duplicate.
  const [templateId, setTemplateId] = useState<string | null>(null);
  // Set on click, before React re-renders with isPending: a quick double click runs one mutation.
  const pending = useRef(false);
  const run = useMutation({
    mutationFn: async (action: Action): Promise<Action> => {
      const programId = program.id;
      if (action === 'assign') await gqlRequest(AssignProgramDocument, { programId, athleteId: program.athleteId });
      else if (action === 'archive') await gqlRequest(ArchiveProgramDocument, { programId });
      else if (action === 'delete') await gqlRequest(DeleteProgramDocument, { programId });
      else if (action === 'copy') await gqlRequest(CopyProgramDocument, { programId, athleteId: program.athleteId });
      else setTemplateId((await gqlRequest(CopyProgramDocument, { programId, asTemplate: true })).copyProgram.id);
      return action;
    },
    onSuccess: async () => {
      setConfirmDelete(false);
      await queryClient.invalidateQueries({ queryKey: athleteKeys.all });
      await queryClient.invalidateQueries({ queryKey: programTemplatesOptions().queryKey });
      await queryClient.invalidateQueries({ queryKey: programKeys.all });
    },
    onSettled: () => {
      pending.current = false;
    },
  });
  const busy = run.isPending;
  const start = (action: Action): void => {
    if (pending.current) return;
    pending.current = true;
    run.mutate(action);
  };
  const name = program.name;
  return (
    <div className="actions" role="group" aria-label={`Actions for ${name}`}>
      <Link
        className="btn btn-small btn-ghost icon-btn"
        href={`/coach/programs/${encodeURIComponent(program.id)}`}
        aria-label={`Open ${name}`}
      >
        {allowed.edit ? 'Open / edit' : 'Open'}
      </Link>
      {allowed.assign ? (
        <button
          type="button"
          className="btn btn-small icon-btn"
          disabled={busy}
          onClick={() => start('assign')}
          aria-label={`Assign ${name}`}
        >
          Assign
        </button>
      ) : null}
      {allowed.archive ? (
        <button
          type="button"
          className="btn btn-small btn-ghost icon-btn"
          disabled={busy}
          onClick={() => start('archive')}
          aria-label={`Archive ${name}`}
        >
          Archive
        </button>
      ) : null}
      <button
        type="button"
        className="btn btn-small btn-ghost icon-btn"
        disabled={busy}
        onClick={() => start('copy')}
        aria-label={`Copy ${name}`}
      >
        Copy
      </button>
      <button
        type="button"
        className="btn btn-small btn-ghost icon-btn"
        disabled={busy || templateId !== null}
        onClick={() => start('template')}
        aria-label={`Save ${name} as a template`}
      >
        {busy && run.variables === 'template' ? 'Saving…' : templateId !== null ? 'Saved as template' : 'Save as template'}
      </button>
      {allowed.delete ? (
        confirmDelete ? (
          <>
            <button
              type="button"
              className="btn btn-small btn-danger icon-btn"
              disabled={busy}
              onClick={() => start('delete')}
              aria-label={`Confirm deleting ${name}`}
            >
              Delete for good
            </button>
            <button type="button" className="btn btn-small btn-ghost icon-btn" onClick={() => setConfirmDelete(false)}>
              Keep
            </button>
          </>
        ) : (
          <button
            type="button"
            className="btn btn-small btn-ghost icon-btn"
            disabled={busy}
            onClick={() => setConfirmDelete(true)}
            aria-label={`Delete ${name}`}
          >
            Delete
          </button>
        )
      ) : null}
      {run.error ? (
        <span role="alert" className="small" style={{ color: 'var(--bad)', flexBasis: '100%' }}>
          {userMessage(run.error)}
        </span>
      ) : null}
      {run.isSuccess ? (
        <span role="status" className="small" style={{ color: 'var(--ok)', flexBasis: '100%' }}>
          {DONE[run.data]}
          {run.data === 'template' && templateId !== null ? (
            <>
              {' '}
              <Link href={`/coach/programs/${encodeURIComponent(templateId)}`}>Open the template</Link>
            </>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
