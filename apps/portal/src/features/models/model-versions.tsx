'use client';

import { useQuery } from '@tanstack/react-query';
import { LEARNING_TARGETS } from '@liftgraph/domain/learning';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty, Panel, QueryState } from '~/components/states';
import { formatNumber } from '~/features/athletes/athlete-flags';
import { GlobalShapRanking } from './global-shap-ranking';
import { LossChart } from './loss-chart';
import { errorRows, metricValue } from './model-metrics';
import { modelVersionsOptions } from './models.queries';

const PALETTE = ['#2f5bea', '#d1383d', '#1f9d55', '#c77700', '#7a5af8', '#0e9384'];
const TARGET_UNITS = new Map<string, string>(LEARNING_TARGETS.map((t) => [t.name, t.unit]));

export function ModelVersions() {
  const versions = useQuery(modelVersionsOptions());
  return (
    <QueryState query={versions} label="Loading model versions" isEmpty={(d) => d.modelVersions.length === 0} empty={<Empty title="No trained models yet">Train one on this page or run `liftgraph gnn train`.</Empty>}>
      {(d) => (
        <div className="grid">
          {d.modelVersions.map((v) => {
            const rows = errorRows(v.metrics);
            const train = v.lossCurves.find((c) => c.split === 'train');
            const label = `${v.kind} ${v.id}`;
            const epochs = metricValue(v.metrics, 'epochs');
            const testPairs = metricValue(v.metrics, 'testPairs');
            const targets = [...new Set(rows.map((r) => r.target))];
            const series = [...new Set(rows.map((r) => r.series))];
            // The loss history is the final run's: its length is the epoch count training settled on.
            const trainedEpochs = train ? `${train.points.length} epochs trained` : epochs === null ? null : `${epochs} epochs requested`;
            const facts = [
              v.beatsBaselines ? 'beat both baselines' : 'did not beat the baselines',
              `${v.features.length} features`,
              ...(trainedEpochs === null ? [] : [trainedEpochs]),
              ...(testPairs === null ? [] : [`${testPairs} test pairs`]),
            ];
            return (
              <Panel key={v.id} title={`${v.kind} · ${new Date(v.createdAt).toLocaleString()}`} actions={<span className="muted small">{facts.join(' · ')}</span>}>
                <p className="muted small version-id">{v.id}</p>
                <div className="grid grid-2">
                  <div>
                    <h3>Per-target error vs baselines</h3>
                    {rows.length === 0 ? <Empty title="No MAE/RMSE stored" /> : (
                      <>
                        <div className="error-charts">
                          {targets.map((t) => (
                            <figure key={t} className="error-chart" aria-label={`${t} MAE of ${v.kind} and the baselines`}>
                              <figcaption className="small muted">
                                {t} MAE ({TARGET_UNITS.get(t) ?? '?'})
                              </figcaption>
                              <div className="error-chart-plot">
                                <ResponsiveContainer>
                                  <BarChart data={series.map((sname) => ({ series: sname, mae: rows.find((r) => r.target === t && r.series === sname)?.mae ?? null }))}>
                                    <CartesianGrid stroke="#eef0f3" vertical={false} />
                                    <XAxis dataKey="series" tick={false} height={4} />
                                    <YAxis tick={{ fontSize: 10 }} width={34} />
                                    <Tooltip formatter={(value) => formatNumber(Number(value), 2)} />
                                    <Bar dataKey="mae" name="MAE">
                                      {series.map((sname, i) => (
                                        <Cell key={sname} fill={PALETTE[i % PALETTE.length]} />
                                      ))}
                                    </Bar>
                                  </BarChart>
                                </ResponsiveContainer>
                              </div>
                            </figure>
                          ))}
                        </div>
                        <div className="legend" aria-hidden="true">
                          {series.map((sname, i) => (
                            <span key={sname}>
                              <i style={{ background: PALETTE[i % PALETTE.length] }} />
                              {sname}
                            </span>
                          ))}
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
                    {v.lossCurves.length === 0 ? <Empty title="No loss history stored with this version" /> : <LossChart modelLabel={label} curves={v.lossCurves} />}
                  </div>
                </div>
                <div className="version-section">
                  <h3>What drives its predictions (global SHAP)</h3>
                  {v.globalShap ? (
                    <GlobalShapRanking modelLabel={label} shap={v.globalShap} />
                  ) : (
                    <Empty title="No SHAP ranking stored with this version">Versions trained before rankings were recorded have none; train again to get one.</Empty>
                  )}
                </div>
              </Panel>
            );
          })}
        </div>
      )}
    </QueryState>
  );
}
