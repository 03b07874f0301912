'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Panel, QueryState } from '~/components/states';
import { firstIssueMessage, MIN_PASSWORD_LENGTH } from '~/features/account/account-fields';
import { ResetLink } from '~/features/account/reset-link';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { dateTimeText } from '~/lib/format-date';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { CreateCoachFields } from './admin-fields';
import { adminKeys, CreateCoachDocument, organisationsOptions, SetUserDisabledDocument, usersOptions } from './admin.api';

/** `/admin`: organisations with their coaches and athlete counts, every user, and what an admin can do to them. */
export function AdminConsole() {
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  return (
    <div className="grid">
      <Organisations />
      <CreateCoach />
      <Users organisationId={organisationId} onOrganisation={setOrganisationId} />
    </div>
  );
}

function Organisations() {
  const orgs = useQuery(organisationsOptions());
  const prefs = useViewerPreferences();
  return (
    <Panel title="Organisations">
      <QueryState
        query={orgs}
        label="Loading organisations"
        isEmpty={(d) => d.organisations.length === 0}
        empty={<p className="muted">No organisations yet.</p>}
      >
        {(data) => (
          <div className="table-wrap">
            <table aria-label="Organisations" className="table-cards">
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col">Coaches</th>
                  <th scope="col">Athletes</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {data.organisations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row" className="card-title">
                      {o.name}
                    </th>
                    <td data-label="Coaches">{o.coaches.length === 0 ? '—' : o.coaches.map((c) => `${c.name} (${c.email})`).join(', ')}</td>
                    <td data-label="Athletes">{o.athleteCount}</td>
                    <td data-label="Created">{dateTimeText(o.createdAt, prefs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </Panel>
  );
}

function CreateCoach() {
  const queryClient = useQueryClient();
  const orgs = useQuery(organisationsOptions());
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (input: { organisationId: string; name: string; email: string; password: string }) =>
      gqlRequest(CreateCoachDocument, { input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = CreateCoachFields.safeParse(Object.fromEntries(form.entries()));
    setProblem(parsed.success ? null : firstIssueMessage(parsed.error));
    if (parsed.success) create.mutate(parsed.data);
  }
  return (
    <Panel title="Add a coach to an organisation">
      <form className="grid" onSubmit={submit} aria-label="Add a coach" noValidate>
        <div className="form-row">
          <label style={{ flex: '1 1 200px' }}>
            Organisation
            <select name="organisationId" required defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {(orgs.data?.organisations ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <label style={{ flex: '1 1 180px' }}>
            Name
            <input name="name" required autoComplete="off" />
          </label>
          <label style={{ flex: '1 1 200px' }}>
            E-mail
            <input name="email" type="email" required autoComplete="off" />
          </label>
          <label style={{ flex: '1 1 180px' }}>
            First password
            <input name="password" type="password" required autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} />
          </label>
        </div>
        <p className="muted small" style={{ margin: 0 }}>
          Give the coach this password in person (at least {MIN_PASSWORD_LENGTH} characters); they change it under Settings.
        </p>
        <div>
          <button type="submit" className="btn" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add coach'}
          </button>
        </div>
        {problem || create.error ? (
          <div role="alert" className="state state-error">
            {problem ?? userMessage(create.error)}
          </div>
        ) : null}
        {create.isSuccess ? (
          <div role="status" className="small" style={{ color: 'var(--ok)' }}>
            Added {create.data.createCoach.name} to {create.data.createCoach.organisation?.name ?? 'the organisation'}.
          </div>
        ) : null}
      </form>
    </Panel>
  );
}

function Users({ organisationId, onOrganisation }: { organisationId: string | null; onOrganisation: (id: string | null) => void }) {
  const queryClient = useQueryClient();
  const orgs = useQuery(organisationsOptions());
  const users = useQuery(usersOptions(organisationId));
  const toggle = useMutation({
    mutationFn: (v: { userId: string; disabled: boolean }) => gqlRequest(SetUserDisabledDocument, v),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
  return (
    <Panel
      title="Users"
      actions={
        <label className="form-row" style={{ alignItems: 'center' }}>
          Organisation
          <select value={organisationId ?? ''} onChange={(e) => onOrganisation(e.target.value === '' ? null : e.target.value)}>
            <option value="">All users</option>
            {(orgs.data?.organisations ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      }
    >
      {toggle.error ? (
        <div role="alert" className="state state-error">
          {userMessage(toggle.error)}
        </div>
      ) : null}
      <QueryState query={users} label="Loading users" isEmpty={(d) => d.users.length === 0} empty={<p className="muted">No users here.</p>}>
        {(data) => (
          <div className="table-wrap">
            <table aria-label="Users" className="table-cards">
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Role</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">State</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.users.map((u) => (
                  <tr key={u.id}>
                    <th scope="row" className="card-title">
                      {u.name} <span className="muted small">{u.email}</span>
                    </th>
                    <td data-label="Role">{u.role}</td>
                    <td data-label="Organisation">{u.organisation?.name ?? '—'}</td>
                    <td data-label="State">
                      <span className={`badge ${u.disabled ? 'badge-bad' : 'badge-ok'}`}>{u.disabled ? 'disabled' : 'active'}</span>
                    </td>
                    <td data-label="Actions">
                      <div className="grid" style={{ gap: '0.4rem' }}>
                        <div>
                          <button
                            type="button"
                            className="btn btn-small btn-ghost"
                            disabled={toggle.isPending}
                            onClick={() => toggle.mutate({ userId: u.id, disabled: !u.disabled })}
                            aria-label={`${u.disabled ? 'Enable' : 'Disable'} ${u.email}`}
                          >
                            {u.disabled ? 'Enable' : 'Disable'}
                          </button>
                        </div>
                        <ResetLink userId={u.id} label="" />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
