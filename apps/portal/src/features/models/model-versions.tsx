'use client';

import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty, Panel, QueryState } from '~/components/states';
import { formatNumber } from '~/features/athletes/athlete-flags';
import { errorRows, lossCurves, shapRanking } from './model-metrics';
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
            const curves = lossCurves(v.metrics);
            const shap = shapRanking(v.metrics).slice(0, 10);
            const targets = [...new Set(rows.map((r) => r.target))];
            const series = [...new Set(rows.map((r) => r.series))];
            const maeData = targets.map((t) => Object.fromEntries([['target', t], ...series.map((s) => [s, rows.find((r) => r.target === t && r.series === s)?.mae ?? null])]));
            const maxLen = Math.max(0, ...[...curves.values()].map((c) => c.length));
            const lossData = Array.from({ length: maxLen }, (_, i) => Object.fromEntries([['epoch', i + 1], ...[...curves].map(([k, c]) => [k, c[i] ?? null])]));
            return (
              <Panel key={v.id} title={`${v.kind} · ${new Date(v.createdAt).toLocaleString()}`} actions={<span className="muted small">{v.features.length} features</span>}>
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
                    <h3>Loss curves</h3>
                    {lossData.length === 0 ? <Empty title="No loss history stored with this version" /> : (
                      <div style={{ height: 200 }}>
                        <ResponsiveContainer>
                          <LineChart data={lossData}>
                            <XAxis dataKey="epoch" tick={{ fontSize: 11 }} />
                            <YAxis scale="log" domain={['auto', 'auto']} tick={{ fontSize: 11 }} width={48} />
                            <Tooltip />
                            <Legend wrapperStyle={{ fontSize: 11 }} />
                            {[...curves.keys()].map((k, i) => <Line key={k} dataKey={k} stroke={PALETTE[i % PALETTE.length]} dot={false} />)}
                          </LineChart>
                        </ResponsiveContainer>
                      </div>
                    )}
                    <h3 style={{ marginTop: 12 }}>Global SHAP ranking</h3>
                    {shap.length === 0 ? <Empty title="No SHAP summary stored with this version" /> : (
                      <ol aria-label="Global SHAP ranking" style={{ paddingLeft: 18, margin: 0 }}>
                        {shap.map((s) => (
                          <li key={s.feature} className="small" style={{ display: 'grid', gridTemplateColumns: '120px 1fr 48px', gap: 6, alignItems: 'center' }}>
                            <span>{s.feature}</span>
                            <span className="reason-bar" style={{ width: `${(s.value / (shap[0]?.value ?? 1)) * 100}%`, background: '#7a5af8' }} aria-hidden="true" />
                            <span>{s.value.toFixed(2)}</span>
                          </li>
                        ))}
                      </ol>
                    )}
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
