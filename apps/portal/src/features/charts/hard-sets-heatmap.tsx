import { volumeLandmarkOf, volumeZone } from '@liftgraph/domain/science';
import { Empty } from '~/components/states';
import { shortDate } from './main-lifts';
import { ZONE_STYLE } from './volume-landmarks';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';

export interface HardSetsWeek {
  weekStart: string;
  muscles: ReadonlyArray<{ muscle: string; sets: number }>;
}

/** Muscles × weeks; each cell is that week's hard sets, coloured by its volume-landmark zone. */
export function HardSetsHeatmap({ weeks, maxWeeks = 8 }: { weeks: readonly HardSetsWeek[]; maxWeeks?: number }) {
  const { locale } = useViewerPreferences();
  const shown = weeks.slice(-maxWeeks);
  const muscles = [...new Set(shown.flatMap((w) => w.muscles.filter((m) => m.sets > 0).map((m) => m.muscle)))].sort();
  if (shown.length === 0 || muscles.length === 0) return <Empty title="No hard sets logged yet" />;
  const lookup = new Map(shown.map((w) => [w.weekStart, new Map(w.muscles.map((m) => [m.muscle, m.sets]))]));
  return (
    <div>
      <div className="table-wrap">
        <div
          className="heatmap"
          role="table"
          aria-label="Weekly hard sets per muscle against volume landmarks"
          style={{ gridTemplateColumns: `minmax(96px, 1.4fr) repeat(${shown.length}, minmax(34px, 1fr)) minmax(64px, 0.9fr)` }}
        >
          <div role="row" style={{ display: 'contents' }}>
            <span role="columnheader" className="muted">
              Muscle
            </span>
            {shown.map((w) => (
              <span role="columnheader" key={w.weekStart} className="muted heat-cell">
                {shortDate(w.weekStart, locale)}
              </span>
            ))}
            <span role="columnheader" className="muted heat-cell">
              MEV–MRV
            </span>
          </div>
          {muscles.map((muscle) => {
            const lm = volumeLandmarkOf(muscle);
            return (
              <div role="row" key={muscle} style={{ display: 'contents' }}>
                <span role="rowheader" style={{ textTransform: 'capitalize', padding: '4px 0' }}>
                  {muscle}
                </span>
                {shown.map((w) => {
                  const sets = lookup.get(w.weekStart)?.get(muscle) ?? 0;
                  const z = ZONE_STYLE[volumeZone(muscle, sets)];
                  return (
                    <span
                      role="cell"
                      key={w.weekStart}
                      className="heat-cell"
                      style={{ background: z.bg, color: z.fg }}
                      title={`${muscle}, week of ${w.weekStart}: ${sets} hard sets (${z.label})`}
                    >
                      {sets > 0 ? Math.round(sets * 10) / 10 : '·'}
                    </span>
                  );
                })}
                <span role="cell" className="heat-cell muted">
                  {lm ? `${lm.mev}–${lm.mrv}` : '—'}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      <div className="legend" style={{ marginTop: 8 }}>
        {(['below-mev', 'productive', 'high', 'above-mrv'] as const).map((zone) => (
          <span key={zone}>
            <i style={{ background: ZONE_STYLE[zone].bg }} />
            {ZONE_STYLE[zone].label}
          </span>
        ))}
        <span>Primary mover 1 set, secondary ½.</span>
      </div>
    </div>
  );
}
