'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { Empty, Panel, QueryState } from '~/components/states';
import { athleteKeys } from '~/features/athletes/athletes.queries';
import { gqlRequest } from '~/graphql/client';
import type { ProgramQuery } from '~/graphql/gql/graphql';
import { userMessage } from '~/graphql/request-error';
import { BlockOverview } from './block-overview';
import { programActions, STATUS_TONE } from './program-actions';
import { shortDate } from './program-dates';
import { ProgramEditor } from './program-editor';
import { unassignableReason } from './program-readiness';
import { AssignProgramDocument, programKeys, programOptions } from './programs.queries';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { ProgramExportButtons } from '~/features/export/export-buttons';

/** A stored program opened from the athlete page: its header, assign/archive, the editor and the block overview. */
export function ProgramView({ programId }: { programId: string }) {
  const program = useQuery(programOptions(programId));
  return (
    <QueryState query={program} label="Loading the program" isEmpty={(d) => !d.program} empty={<Empty title="Program not found" />}>
      {(d) => (d.program ? <ProgramPanels program={d.program} /> : null)}
    </QueryState>
  );
}

function ProgramPanels({ program }: { program: NonNullable<ProgramQuery['program']> }) {
  const queryClient = useQueryClient();
  const prefs = useViewerPreferences();
  const allowed = programActions(program.status);
  const refusal = unassignableReason(program);
  const assign = useMutation({
    mutationFn: () => gqlRequest(AssignProgramDocument, { programId: program.id, athleteId: program.athleteId }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: programKeys.detail(program.id) });
      await queryClient.invalidateQueries({ queryKey: athleteKeys.all });
    },
  });
  return (
    <div className="grid">
      <div className="page-head" style={{ marginBottom: 0 }}>
        <div>
          <h1>{program.name}</h1>
          <p className="muted" style={{ margin: 0 }}>
            <span className={`badge badge-${STATUS_TONE[program.status] ?? 'info'}`} data-testid="program-status">
              {program.status}
            </span>{' '}
            {program.status !== 'template' && program.athlete ? `for ${program.athlete.name} · ` : ''}
            {program.goal} · {program.daysPerWeek} days · {program.weeks.length} weeks · from {shortDate(program.startDate, prefs)}
          </p>
        </div>
        <div className="form-row">
          {program.status !== 'template' ? <ProgramExportButtons programId={program.id} /> : null}
          {program.status !== 'template' ? (
            <Link className="btn btn-ghost" href={`/coach/athletes/${encodeURIComponent(program.athleteId)}`}>
              Back to the athlete
            </Link>
          ) : null}
          {allowed.assign ? (
            <button type="button" className="btn" disabled={assign.isPending || refusal !== null} onClick={() => assign.mutate()}>
              {assign.isPending ? 'Assigning…' : 'Assign to athlete'}
            </button>
          ) : null}
        </div>
      </div>
      {refusal !== null && allowed.assign ? (
        <div className="state state-error refusal" role="alert">
          Not assignable: {refusal}
        </div>
      ) : null}
      {assign.error ? (
        <div className="state state-error" role="alert">
          {userMessage(assign.error)}
        </div>
      ) : null}
      <Panel title="Program">
        {!allowed.edit ? <p className="muted small">An archived program is read-only: copy it to change it.</p> : null}
        <ProgramEditor program={program} editable={allowed.edit} />
      </Panel>
      <Panel title="Block progression">
        <BlockOverview weeks={program.weeks} />
      </Panel>
    </div>
  );
}
