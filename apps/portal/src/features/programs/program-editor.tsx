'use client';

import { useState } from 'react';
import type { ProgramQuery } from '~/graphql/gql/graphql';
import { AddExercise } from './add-exercise';
import { EditablePrescription } from './editable-prescription';
import type { EditScope } from './program-edits';
import { shortDate } from './program-dates';
import { ScopeChoice } from './scope-choice';
import { WeekTabs } from './week-grid';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';

type Program = NonNullable<ProgramQuery['program']>;

/**
 * The coach's view of a program, any week: one column per session (with its date), every prescription
 * with its reason and, when editable, swap / add / remove / reorder / change / lock, each applied to this
 * week only or to this and the following weeks.
 */
export function ProgramEditor({ program, editable }: { program: Program; editable: boolean }) {
  const [week, setWeek] = useState(0);
  const prefs = useViewerPreferences();
  const [scope, setScope] = useState<EditScope>('this-week');
  const days = program.weeks.find((w) => w.index === week)?.days ?? [];
  return (
    <div className="program-editor">
      <WeekTabs weeks={program.weeks} week={week} onChange={setWeek} />
      {editable ? <ScopeChoice scope={scope} onChange={setScope} legend="Edits apply to" /> : null}
      <div className="week-grid" aria-label={`Week ${week + 1} grid`} style={{ marginTop: 10 }}>
        {days.map((day) => {
          const dayNo = day.index + 1;
          const label = `week ${week + 1} day ${dayNo}`;
          return (
            <section className="day-col" key={day.index} aria-label={`Day ${dayNo}: ${day.label}`}>
              <h3>
                Day {dayNo} · <span className="muted">{day.label}</span>{' '}
                <span className="muted small" data-testid="day-date">
                  {shortDate(day.date, prefs)}
                </span>
                {day.status === 'skipped' ? <span className="badge badge-warn"> skipped</span> : null}
              </h3>
              {day.prescriptions.length === 0 ? <span className="muted small">No exercises in this session.</span> : null}
              {day.prescriptions.map((rx, i) => (
                <EditablePrescription
                  key={`${rx.order}-${rx.exerciseId}`}
                  slot={{ programId: program.id, week, day: day.index, label }}
                  rx={rx}
                  first={i === 0}
                  last={i === day.prescriptions.length - 1}
                  editable={editable}
                  scope={scope}
                  onScope={setScope}
                />
              ))}
              {editable ? (
                <AddExercise programId={program.id} week={week} day={day.index} dayLabel={label} scope={scope} onScope={setScope} />
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
