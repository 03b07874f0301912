import type { ProgramQuery } from '~/graphql/gql/graphql';
import { PrescriptionCard } from './prescription-card';

type Program = NonNullable<ProgramQuery['program']>;

const WEEKDAY = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** One column per training day of the chosen week (0-based), one card per prescription with its rationale. */
export function WeekGrid({ program, week, editable }: { program: Program; week: number; editable: boolean }) {
  const days = program.weeks.find((w) => w.index === week)?.days ?? [];
  return (
    <div className="week-grid" aria-label={`Week ${week + 1} grid`}>
      {days.map((day) => {
        const dayNo = day.index + 1;
        return (
          <section className="day-col" key={day.index} aria-label={`Day ${dayNo}: ${day.label}`}>
            <h3>
              Day {dayNo} · <span className="muted">{day.label}</span> <span className="muted small">{WEEKDAY[day.dayOfWeek] ?? ''}</span>
            </h3>
            {day.prescriptions.length === 0 ? <span className="muted small">Rest day</span> : null}
            {day.prescriptions.map((rx) => (
              <PrescriptionCard
                key={rx.order}
                programId={program.id}
                week={week}
                day={day.index}
                label={`week ${week + 1} day ${dayNo}`}
                rx={rx}
                editable={editable}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** Week tabs for a block: one per week, deloads marked. */
export function WeekTabs({ weeks, week, onChange }: { weeks: Program['weeks']; week: number; onChange: (w: number) => void }) {
  return (
    <div className="chip-group" role="tablist" aria-label="Weeks of the block" style={{ marginBottom: 10 }}>
      {weeks.map((w) => (
        <button
          key={w.index}
          type="button"
          role="tab"
          aria-selected={w.index === week}
          className={`btn btn-small ${w.index === week ? '' : 'btn-ghost'}`}
          onClick={() => onChange(w.index)}
        >
          Week {w.index + 1}
          {w.deload ? ' (deload)' : ''}
        </button>
      ))}
    </div>
  );
}
