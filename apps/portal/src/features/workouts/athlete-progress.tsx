'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Empty, ErrorState, Loading, Panel } from '~/components/states';
import { athleteDetailOptions } from '~/features/athletes/athletes.queries';
import { meOptions } from '~/features/auth/auth.queries';
import { type DateRange, inRange, type RangeKey, rangeBounds } from '~/features/charts/date-range';
import { E1rmChart } from '~/features/charts/e1rm-chart';
import { HardSetsHeatmap } from '~/features/charts/hard-sets-heatmap';
import { LoadChart } from '~/features/charts/load-chart';
import { RangePicker } from '~/features/charts/range-picker';
import { localToday } from '~/features/programs/program-dates';
import { loggedLifts } from '~/features/charts/logged-lifts';
import { MAIN_LIFTS } from '~/features/charts/main-lifts';
import { LogExportButtons } from '~/features/export/export-buttons';
import { athleteTrainingOptions } from './workouts.api';

export function AthleteProgress() {
  const me = useQuery(meOptions());
  const athleteId = me.data?.me.athleteId ?? '';
  const detail = useQuery({ ...athleteDetailOptions(athleteId), enabled: athleteId !== '' });
  const training = useQuery(athleteTrainingOptions(athleteId));
  const [key, setKey] = useState<RangeKey>('12w');
  const [custom, setCustom] = useState<DateRange>({ from: null, to: null });
  if (me.isPending || (athleteId !== '' && detail.isPending)) return <Loading label="Loading your progress" />;
  if (me.error) return <ErrorState error={me.error} />;
  if (athleteId === '') return <Empty title="This account is not linked to an athlete" />;
  if (detail.error) return <ErrorState error={detail.error} retry={() => void detail.refetch()} />;
  const athlete = detail.data?.athlete;
  if (!athlete) return <Empty title="Athlete not found" />;
  const range = rangeBounds(key, training.data?.athlete?.today ?? localToday(), custom);
  const logged = loggedLifts(training.data?.athlete?.sessions.sessions ?? []);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Your progress</h1>
          <p className="muted">Strength trend, training load and weekly volume per muscle.</p>
        </div>
        <LogExportButtons athleteId={athlete.id} />
      </div>
      <div className="grid">
        <Panel title="Period">
          <RangePicker value={key} custom={custom} onChange={setKey} onCustom={setCustom} />
        </Panel>
        <div className="grid grid-2">
          <E1rmChart
            key={logged[0]?.id ?? 'main'}
            athleteId={athlete.id}
            title="Your estimated 1RM"
            range={range}
            lifts={logged.length > 0 ? logged : MAIN_LIFTS}
          />
          <Panel title="Weekly load and ACWR">
            <LoadChart weeks={athlete.weeklyLoad} range={range} />
          </Panel>
          <Panel title="Hard sets per muscle" className="span-2">
            <HardSetsHeatmap weeks={athlete.weeklyHardSets.filter((w) => inRange(w.weekStart, range))} />
          </Panel>
        </div>
      </div>
    </>
  );
}
