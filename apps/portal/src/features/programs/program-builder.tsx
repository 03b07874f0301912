'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Empty, Panel, QueryState } from '~/components/states';
import { athleteKeys } from '~/features/athletes/athletes.queries';
import { gqlRequest } from '~/graphql/client';
import type { GenerateProgramInput, GenerateProgramMutation } from '~/graphql/gql/graphql';
import { userMessage } from '~/graphql/request-error';
import { BlockOverview } from './block-overview';
import { BuilderForm } from './builder-form';
import { unassignableReason } from './program-readiness';
import { AssignProgramDocument, GenerateProgramDocument, programOptions } from './programs.queries';
import { ProgramEditor } from './program-editor';
import { shortDate } from './program-dates';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';

type Generated = GenerateProgramMutation['generateProgram'];

export function ProgramBuilder() {
  const athleteId = useSearchParams().get('athleteId');
  const prefs = useViewerPreferences();
  const queryClient = useQueryClient();
  const [generated, setGenerated] = useState<Generated | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  // On a phone the form fills the screen: bring a new preview into view.
  useEffect(() => {
    if (generated) previewRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [generated]);

  const generate = useMutation({
    mutationFn: (input: GenerateProgramInput) => gqlRequest(GenerateProgramDocument, { input }),
    onSuccess: (data) => {
      setGenerated(data.generateProgram);
    },
  });
  const programId = generated?.id ?? '';
  const program = useQuery({ ...programOptions(programId), enabled: programId !== '' });
  const assign = useMutation({
    mutationFn: (v: { programId: string; athleteId: string }) => gqlRequest(AssignProgramDocument, v),
    onSuccess: async (_data, v) => {
      await queryClient.invalidateQueries({ queryKey: athleteKeys.all });
      await queryClient.invalidateQueries({ queryKey: programOptions(v.programId).queryKey });
    },
  });
  const assigned = assign.isSuccess;
  const refusal = program.data?.program ? unassignableReason(program.data.program) : null;

  return (
    <div className="grid">
      <BuilderForm
        athleteId={athleteId}
        busy={generate.isPending}
        onGenerate={(input) => {
          assign.reset();
          generate.mutate(input);
        }}
      />
      {generate.error ? (
        <div className="state state-error" role="alert">
          Could not generate: {userMessage(generate.error)}
        </div>
      ) : null}
      {generate.isPending ? (
        <div className="state state-loading" role="status">
          <span className="spinner" aria-hidden="true" /> The planner is choosing exercises and doses…
        </div>
      ) : null}
      <div ref={previewRef} />
      {generated ? (
        <Panel
          title="Preview"
          actions={
            <button
              type="button"
              className="btn"
              disabled={assign.isPending || assigned || refusal !== null || !program.data?.program}
              onClick={() => assign.mutate({ programId: generated.id, athleteId: generated.athleteId })}
            >
              {assigned ? 'Assigned ✓' : assign.isPending ? 'Assigning…' : 'Assign to athlete'}
            </button>
          }
        >
          {refusal !== null ? (
            <div className="state state-error refusal" role="alert">
              Not assignable: {refusal}
            </div>
          ) : null}
          {assign.error ? (
            <div className="state state-error" role="alert">
              {userMessage(assign.error)}
            </div>
          ) : null}
          {assigned ? (
            <div className="state" role="status" style={{ background: 'var(--ok-soft)', color: 'var(--ok)', marginBottom: 12 }}>
              Program assigned. <Link href={`/coach/athletes/${encodeURIComponent(generated.athleteId)}`}>Back to the athlete</Link>
              {' · '}
              <Link href={`/coach/programs/${encodeURIComponent(generated.id)}`}>Open the program</Link>
            </div>
          ) : null}
          <QueryState
            query={program}
            label="Loading the stored program"
            isEmpty={(d) => !d.program}
            empty={<Empty title="Program not found" />}
          >
            {(d) =>
              d.program ? (
                <>
                  <p className="muted" style={{ marginTop: 0 }} data-testid="program-summary">
                    {d.program.name} · {d.program.daysPerWeek} days · {d.program.weeks.length} weeks · {d.program.goal} · from{' '}
                    {shortDate(d.program.startDate, prefs)}. Edit, swap, add, remove or reorder before assigning.
                  </p>
                  <ProgramEditor program={d.program} editable={!assigned} />
                </>
              ) : null
            }
          </QueryState>
        </Panel>
      ) : null}
      {generated && program.data?.program ? (
        <Panel title="Block progression">
          <BlockOverview weeks={program.data.program.weeks} />
        </Panel>
      ) : null}
    </div>
  );
}
