'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect } from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty, Panel, QueryState } from '~/components/states';
import { gqlRequest } from '~/graphql/client';
import { userMessage } from '~/graphql/request-error';
import { progressFromLog } from './model-metrics';
import { modelKeys, TrainModelDocument, trainingRunsOptions } from './models.queries';

const STATUS_TONE: Record<string, string> = { RUNNING: 'badge-info', SUCCEEDED: 'badge-ok', FAILED: 'badge-bad' };

export function TrainingRuns() {
  const runs = useQuery(trainingRunsOptions());
  const queryClient = useQueryClient();
  const train = useMutation({
    mutationFn: (v: { model: string; epochs: number }) => gqlRequest(TrainModelDocument, v),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: modelKeys.all }),
  });
  // A finished run has recorded its ModelVersions: show them without a reload.
  const finished = runs.data?.trainingRuns.filter((r) => r.status !== 'RUNNING').length ?? 0;
  useEffect(() => {
    if (finished > 0) void queryClient.invalidateQueries({ queryKey: modelKeys.versions() });
  }, [finished, queryClient]);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    train.mutate({ model: String(f.get('model')), epochs: Number(f.get('epochs')) });
  }
  return (
    <Panel title="Training runs">
      <form className="form-row" onSubmit={submit} aria-label="Start a training run" style={{ marginBottom: 12 }}>
        <label>
          Model
          <select name="model" defaultValue="graphsage">
            <option value="graphsage">GraphSAGE</option>
            <option value="gcn">GCN</option>
            <option value="all">All (with baselines)</option>
          </select>
        </label>
        <label>
          Epochs
          <input name="epochs" type="number" min={1} max={500} defaultValue={60} style={{ width: 80 }} />
        </label>
        <button className="btn" type="submit" disabled={train.isPending}>{train.isPending ? 'Starting…' : 'Train'}</button>
        {train.error ? <span role="alert" style={{ color: 'var(--bad)' }}>{userMessage(train.error)}</span> : null}
      </form>
      <QueryState query={runs} label="Loading runs" isEmpty={(d) => d.trainingRuns.length === 0} empty={<Empty title="No runs since the API started">Start one above; progress updates live.</Empty>}>
        {(d) => (
          <div className="grid">
            {d.trainingRuns.map((r) => {
              const progress = progressFromLog(r.logTail);
              return (
                <article key={r.id} className="panel" style={{ boxShadow: 'none' }} aria-label={`Training run ${r.id}`}>
                  <div className="form-row" style={{ justifyContent: 'space-between' }}>
                    <span>
                      <span className={`badge ${STATUS_TONE[r.status] ?? 'badge-warn'}`}>{r.status}</span> <span className="muted small">started {new Date(r.startedAt).toLocaleString()}</span>
                    </span>
                    {progress ? <span className="small">epoch {progress.epoch}/{progress.epochs}</span> : null}
                  </div>
                  {progress ? (
                    <>
                      <progress max={progress.epochs} value={progress.epoch} style={{ width: '100%' }} aria-label="Training progress" />
                      {progress.losses.length > 1 ? (
                        <div style={{ height: 140 }}>
                          <ResponsiveContainer>
                            <LineChart data={progress.losses.map((loss, i) => ({ i: i + 1, loss }))}>
                              <XAxis dataKey="i" tick={{ fontSize: 10 }} />
                              <YAxis tick={{ fontSize: 10 }} width={48} scale="log" domain={['auto', 'auto']} />
                              <Tooltip />
                              <Line dataKey="loss" stroke="#2f5bea" dot={false} isAnimationActive={false} />
                            </LineChart>
                          </ResponsiveContainer>
                        </div>
                      ) : null}
                    </>
                  ) : null}
                  <pre className="log" aria-label="Latest trainer output">{r.logTail.slice(-8).join('\n') || '(no output yet)'}</pre>
                </article>
              );
            })}
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
