'use client';

import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty, Panel, QueryState } from '~/components/states';
import { formatNumber } from '~/features/athletes/athlete-flags';
import { errorRows, lossCurve, metricValue } from './model-metrics';
import { modelVersionsOptions } from './models.queries';

const PALETTE = ['#2f5bea', '#d1383d', '#1f9d55', '#c77700', '#7a5af8', '#0e9384'];

export function ModelVersions() {
  const versions = useQuery(modelVersionsOptions());
  return (
    <QueryState query={versions} label="Loading model versions" isEmpty={(d) => d.modelVersions.length === 0} empty={<Empty title="No trained models yet">Train one on this page or run `liftgraph gnn train`.</Empty>}>
      {(d) => (
        <div className="grid">
          {d.modelVersions.map((v) => {
            const rows = errorRows(v.metrics);
            const loss = lossCurve(v.metrics);
            const epochs = metricValue(v.metrics, 'epochs');
            const testPairs = metricValue(v.metrics, 'testPairs');
            const targets = [...new Set(rows.map((r) => r.target))];
            const series = [...new Set(rows.map((r) => r.series))];
            const maeData = targets.map((t) => Object.fromEntries([['target', t], ...series.map((s) => [s, rows.find((r) => r.target === t && r.series === s)?.mae ?? null])]));
            const lossData = loss.map((value, i) => ({ epoch: i + 1, loss: value }));
            // The loss history is the final run's: its length is the epoch count training settled on.
            const trainedEpochs = loss.length > 0 ? `${loss.length} epochs trained` : epochs === null ? null : `${epochs} epochs requested`;
            const facts = [`${v.features.length} features`, ...(trainedEpochs === null ? [] : [trainedEpochs]), ...(testPairs === null ? [] : [`${testPairs} test pairs`])];
            return (
              <Panel key={v.id} title={`${v.kind} · ${new Date(v.createdAt).toLocaleString()}`} actions={<span className="muted small">{facts.join(' · ')}</span>}>
                <div className="grid grid-2">
                  <div>
                    <h3>Per-target error vs baselines</h3>
                    {rows.length === 0 ? <Empty title="No MAE/RMSE stored" /> : (
                      <>
                        <div style={{ height: 200 }}>
                          <ResponsiveContainer>
                            <BarChart data={maeData}>
                              <CartesianGrid stroke="#eef0f3" vertical={false} />
                              <XAxis dataKey="target" tick={{ fontSize: 11 }} />
                              <YAxis tick={{ fontSize: 11 }} width={44} />
                              <Tooltip />
                              <Legend wrapperStyle={{ fontSize: 11 }} />
                              {series.map((s, i) => <Bar key={s} dataKey={s} name={`${s} MAE`} fill={PALETTE[i % PALETTE.length]} />)}
                            </BarChart>
                          </ResponsiveContainer>
                        </div>
                        <table aria-label={`Errors of ${v.kind}`}>
                          <thead><tr><th scope="col">Series</th><th scope="col">Target</th><th scope="col">MAE</th><th scope="col">RMSE</th></tr></thead>
                          <tbody>
                            {rows.map((r) => <tr key={`${r.series}-${r.target}`}><td>{r.series}</td><td>{r.target}</td><td>{formatNumber(r.mae, 2)}</td><td>{formatNumber(r.rmse, 2)}</td></tr>)}
                          </tbody>
                        </table>
                      </>
                    )}
                  </div>
                  <div>
                    <h3>Training loss</h3>
                    {lossData.length === 0 ? <Empty title="No loss history stored with this version" /> : (
                      <figure aria-label={`Training loss of ${v.kind} per epoch`} style={{ height: 200, margin: 0 }}>
                        <ResponsiveContainer>
                          <LineChart data={lossData}>
                            <XAxis dataKey="epoch" tick={{ fontSize: 11 }} />
                            <YAxis scale="log" domain={['auto', 'auto']} tick={{ fontSize: 11 }} width={48} />
                            <Tooltip />
                            <Line dataKey="loss" name="training loss (standardized targets)" stroke={PALETTE[0]} dot={false} />
                          </LineChart>
                        </ResponsiveContainer>
                      </figure>
                    )}
                    <p className="muted small" style={{ marginTop: 12 }}>
                      SHAP reasons are computed per prediction (each athlete&apos;s next-session predictions); a global ranking
                      comes from <code>pnpm liftgraph gnn explain</code>.
                    </p>
                  </div>
                </div>
              </Panel>
            );
          })}
        </div>
      )}
    </QueryState>
  );
}
