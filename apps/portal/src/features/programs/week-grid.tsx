import type { ProgramQuery } from '~/graphql/gql/graphql';
import { PrescriptionCard } from './prescription-card';

type Program = NonNullable<ProgramQuery['program']>;

/** The API lists every day of the block in order; week w holds days [w·n, (w+1)·n). */
export function daysOfWeek<D extends { index: number }>(days: readonly D[], daysPerWeek: number, week: number): D[] {
  return days.filter((d) => Math.floor(d.index / daysPerWeek) === week);
}

/** One column per training day of the chosen week, one card per prescription with its rationale. */
export function WeekGrid({ program, week, editable }: { program: Program; week: number; editable: boolean }) {
  const days = daysOfWeek(program.days, program.daysPerWeek, week);
  return (
    <div className="week-grid" aria-label={`Week ${week + 1} grid`}>
      {days.map((day) => {
        const dayNo = (day.index % program.daysPerWeek) + 1;
        return (
          <section className="day-col" key={day.index} aria-label={`Day ${dayNo}: ${day.label}`}>
            <h3>
              Day {dayNo} · <span className="muted">{day.label}</span>
            </h3>
            {day.prescriptions.length === 0 ? <span className="muted small">Rest day</span> : null}
            {day.prescriptions.map((rx) => (
              <PrescriptionCard key={rx.order} programId={program.id} dayIndex={day.index} label={`week ${week + 1} day ${dayNo}`} rx={rx} editable={editable} />
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** Week tabs for a block. */
export function WeekTabs({ weeks, week, onChange }: { weeks: number; week: number; onChange: (w: number) => void }) {
  return (
    <div className="chip-group" role="tablist" aria-label="Weeks of the block" style={{ marginBottom: 10 }}>
      {Array.from({ length: weeks }, (_, w) => (
        <button key={w} type="button" role="tab" aria-selected={w === week} className={`btn btn-small ${w === week ? '' : 'btn-ghost'}`} onClick={() => onChange(w)}>
          Week {w + 1}
        </button>
      ))}
    </div>
  );
}
