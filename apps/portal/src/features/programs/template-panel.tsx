'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { Empty, Panel, QueryState } from '~/components/states';
import { athleteKeys, rosterOptions } from '~/features/athletes/athletes.queries';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { defaultStartDate, localToday } from './program-dates';
import { AssignTemplateDocument, programKeys, programTemplatesOptions } from './programs.queries';

/** The coach's templates; each can be assigned to several athletes at once, from a start date. */
export function TemplatePanel({ athleteId }: { athleteId?: string }) {
  const templates = useQuery(programTemplatesOptions());
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Panel title="Templates">
      <QueryState
        query={templates}
        label="Loading templates"
        isEmpty={(d) => d.programTemplates.length === 0}
        empty={<Empty title="No templates yet">Save a program as a template from an athlete's program list.</Empty>}
      >
        {(d) => (
          <ul className="program-list" aria-label="Templates">
            {d.programTemplates.map((t) => (
              <li key={t.id} className="program-item" style={{ display: 'block' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
                  <span>
                    <b>{t.name}</b>
                    <span className="muted small">
                      {' '}
                      · {t.goal} · {t.daysPerWeek} days · {t.weeks.length} wk
                    </span>
                  </span>
                  <span className="actions">
                    <Link
                      className="btn btn-small btn-ghost icon-btn"
                      href={`/coach/programs/${encodeURIComponent(t.id)}`}
                      aria-label={`Open ${t.name}`}
                    >
                      Open / edit
                    </Link>
                    <button
                      type="button"
                      className="btn btn-small btn-ghost icon-btn"
                      aria-expanded={open === t.id}
                      onClick={() => setOpen(open === t.id ? null : t.id)}
                      aria-label={`Assign ${t.name} to athletes`}
                    >
                      Assign to athletes…
                    </button>
                  </span>
                </div>
                {open === t.id ? (
                  <AssignTemplateForm templateId={t.id} name={t.name} preselected={athleteId} onDone={() => setOpen(null)} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Panel>
  );
}

function AssignTemplateForm({
  templateId,
  name,
  preselected,
  onDone,
}: {
  templateId: string;
  name: string;
  preselected?: string;
  onDone: () => void;
}) {
  const roster = useQuery(rosterOptions());
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(preselected ? [preselected] : []));
  const [startDate, setStartDate] = useState(() => defaultStartDate(localToday()));
  const assign = useMutation({
    mutationFn: () => gqlRequest(AssignTemplateDocument, { templateId, athleteIds: [...chosen], startDate }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: athleteKeys.all });
      await queryClient.invalidateQueries({ queryKey: programKeys.all });
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen.size > 0) assign.mutate();
  }
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <form className="grid" style={{ marginTop: 8, gap: 8 }} onSubmit={submit} aria-label={`Assign ${name}`}>
      <fieldset>
        <legend>Athletes</legend>
        <div className="chip-group">
          {roster.isPending ? <span className="muted small">Loading roster…</span> : null}
          {roster.data?.athletes.map((a) => (
            <label className="chip" key={a.id}>
              <input type="checkbox" checked={chosen.has(a.id)} onChange={() => toggle(a.id)} /> {a.name}
            </label>
          ))}
        </div>
      </fieldset>
      <label style={{ maxWidth: 220 }}>
        Start date
        <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} required />
      </label>
      <div className="form-row">
        <button type="submit" className="btn btn-small" disabled={assign.isPending || chosen.size === 0}>
          {assign.isPending ? 'Assigning…' : `Assign to ${chosen.size} athlete${chosen.size === 1 ? '' : 's'}`}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onDone}>
          Close
        </button>
      </div>
      {chosen.size === 0 ? <span className="muted small">Tick at least one athlete.</span> : null}
      {assign.error ? (
        <div role="alert" className="small" style={{ color: 'var(--bad)' }}>
          {userMessage(assign.error)}
        </div>
      ) : null}
      {assign.isSuccess ? (
        <div role="status" className="small" style={{ color: 'var(--ok)' }}>
          Assigned to {assign.data.assignTemplate.length} athlete{assign.data.assignTemplate.length === 1 ? '' : 's'}, starting {startDate}.
        </div>
      ) : null}
    </form>
  );
}
