'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Empty, ErrorState, Loading, Panel } from '~/components/states';
import { HardSetsHeatmap } from '~/features/charts/hard-sets-heatmap';
import { LoadChart, MonotonyChart } from '~/features/charts/load-chart';
import { E1rmChart } from '~/features/charts/e1rm-chart';
import { complianceText, formatNumber } from './athlete-flags';
import { athleteDetailOptions } from './athletes.queries';
import { TemplatePanel } from '~/features/programs/template-panel';
import { AthleteCalendar } from './athlete-calendar';
import { AthletePrograms } from './athlete-programs';
import { AcwrValue, FlagBadges } from './flag-badges';
import { PredictionsPanel } from './predictions-panel';

export function AthleteOverview({ athleteId }: { athleteId: string }) {
  const detail = useQuery(athleteDetailOptions(athleteId));
  if (detail.isPending) return <Loading label="Loading athlete" />;
  if (detail.error) return <ErrorState error={detail.error} retry={() => void detail.refetch()} />;
  const athlete = detail.data.athlete;
  if (!athlete) return <Empty title="Athlete not found">They may not be on your roster.</Empty>;
  const s = athlete.status;
  const compliance = complianceText(s.compliance);
  const active = athlete.programs.find((p) => p.status === 'active');
  const q = `athleteId=${encodeURIComponent(athlete.id)}`;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{athlete.name}</h1>
          <FlagBadges status={s} />
        </div>
        <div className="form-row">
          <Link className="btn" href={`/coach/programs/new?${q}`}>
            New program
          </Link>
          <Link className="btn btn-ghost" href={`/coach/import?${q}`}>
            Import CSV
          </Link>
        </div>
      </div>
      <section className="panel stats" aria-label="Current status" style={{ marginBottom: '1rem' }}>
        <div className="stat">
          <span className="muted small">ACWR (EWMA)</span>
          <b data-testid="athlete-acwr">
            <AcwrValue status={s} />
          </b>
        </div>
        <div className="stat">
          <span className="muted small">7-day load</span>
          <b>{formatNumber(s.weekLoadAu)} AU</b>
        </div>
        <div className="stat">
          <span className="muted small">Monotony</span>
          <b>{formatNumber(s.monotony, 2)}</b>
        </div>
        <div className="stat">
          <span className="muted small">Strain</span>
          <b>{formatNumber(s.strain)}</b>
        </div>
        <div className="stat" data-testid="athlete-compliance">
          <span className="muted small">Compliance</span>
          <b>{compliance.ratio}</b>
          <span className="muted small">{compliance.sessions}</span>
        </div>
        <div className="stat">
          <span className="muted small">Last session</span>
          <b>{s.lastSessionDate ?? '—'}</b>
        </div>
      </section>
      <div className="grid grid-2" style={{ marginBottom: '1rem' }}>
        <Panel title="Programs">
          <AthletePrograms programs={athlete.programs} />
        </Panel>
        <TemplatePanel athleteId={athlete.id} />
      </div>
      {active ? (
        <Panel title={`Calendar · ${active.name}`} className="calendar-panel">
          <AthleteCalendar athleteId={athlete.id} programId={active.id} today={athlete.today} />
        </Panel>
      ) : null}
      <div className="grid grid-2">
        <Panel title="Weekly load and ACWR">
          <LoadChart weeks={athlete.weeklyLoad} />
        </Panel>
        <E1rmChart athleteId={athlete.id} />
        <Panel title="Monotony and strain">
          <MonotonyChart weeks={athlete.weeklyLoad} />
        </Panel>
        <Panel title="Weekly hard sets per muscle">
          <HardSetsHeatmap weeks={athlete.weeklyHardSets} />
        </Panel>
        <PredictionsPanel athleteId={athlete.id} />
        <Panel title="Recent sessions">
          {athlete.sessions.sessions.length === 0 ? (
            <Empty title="No sessions logged yet" />
          ) : (
            <table aria-label="Recent sessions" className="table-cards">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Session</th>
                  <th scope="col">Exercises</th>
                  <th scope="col">Sets</th>
                </tr>
              </thead>
              <tbody>
                {athlete.sessions.sessions.map((x) => (
                  <tr key={x.id}>
                    <th scope="row" className="card-title">
                      {x.date}
                    </th>
                    <td data-label="Session">{x.title ?? 'Session'}</td>
                    <td data-label="Exercises">{x.performances}</td>
                    <td data-label="Sets">{x.sets}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
      </div>
    </>
  );
}
