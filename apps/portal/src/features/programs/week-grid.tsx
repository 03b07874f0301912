import type { ProgramQuery } from '~/graphql/gql/graphql';
import { PrescriptionCard } from './prescription-card';

type Program = NonNullable<ProgramQuery['program']>;

/** One column per training day, one card per prescription with its rationale. */
export function WeekGrid({ program, editable }: { program: Program; editable: boolean }) {
  return (
    <div className="week-grid" aria-label="Week grid">
      {program.days.map((day) => (
        <section className="day-col" key={day.index} aria-label={`Day ${day.index + 1}: ${day.label}`}>
          <h3>
            Day {day.index + 1} · <span className="muted">{day.label}</span>
          </h3>
          {day.prescriptions.length === 0 ? <span className="muted small">Rest day</span> : null}
          {day.prescriptions.map((rx) => (
            <PrescriptionCard key={rx.order} programId={program.id} dayIndex={day.index} rx={rx} editable={editable} />
          ))}
        </section>
      ))}
    </div>
  );
}
