'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Empty, ErrorState, Loading, Panel } from '~/components/states';
import { meOptions } from '~/features/auth/auth.queries';
import { athleteKeys } from '~/features/athletes/athletes.queries';
import { calendarKeys, datedProgramOptions } from '~/features/calendar/calendar.api';
import { calendarSessions, dayLabel, defaultSession } from '~/features/calendar/calendar-model';
import { ProgramCalendar } from '~/features/calendar/program-calendar';
import { ComingUp } from './coming-up';
import { draftFromSession, typicalSessionMinutes } from './log-form-model';
import { LogResult, RecordList } from './log-result';
import { LogSessionForm, type SessionChoice } from './log-session-form';
import { SessionHistory } from './session-history';
import { currentProgram } from './today';
import { athleteTrainingOptions, type LoggedSession, type LoggedWorkoutResult } from './workouts.api';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { ProgramExportButtons } from '~/features/export/export-buttons';

type Mode =
  | { kind: 'log'; choice: SessionChoice; n: number }
  | { kind: 'edit'; session: LoggedSession }
  | { kind: 'saved'; result: LoggedWorkoutResult; date: string };

/** The athlete's home: the program on a calendar, the logging form, what the server changed after a log, records and history. */
export function AthleteWeek() {
  const queryClient = useQueryClient();
  const me = useQuery(meOptions());
  const athleteId = me.data?.me.athleteId ?? '';
  const training = useQuery(athleteTrainingOptions(athleteId));
  const program = currentProgram(training.data?.athlete?.programs ?? []);
  const detail = useQuery(datedProgramOptions(program?.id ?? ''));
  const [mode, setMode] = useState<Mode | null>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const prefs = useViewerPreferences();

  if (me.isPending || (athleteId !== '' && training.isPending)) return <Loading label="Loading your training" />;
  if (me.error) return <ErrorState error={me.error} retry={() => void me.refetch()} />;
  if (athleteId === '') return <Empty title="This account is not linked to an athlete" />;
  if (training.error) return <ErrorState error={training.error} retry={() => void training.refetch()} />;
  const athlete = training.data?.athlete;
  if (!athlete) return <Empty title="Athlete not found" />;

  const full = detail.data?.program ?? null;
  const compliance = program && athlete.status.compliance?.programId === program.id ? athlete.status.compliance : null;
  const fallback = full ? defaultSession(calendarSessions(full.weeks)) : null;
  const current: Mode = mode ?? { kind: 'log', choice: fallback ? { week: fallback.week, day: fallback.day.index } : null, n: 0 };

  // After a log, an edit or a delete: the calendar and "Coming up" (the dated program), history, records and
  // compliance (the athlete's training, under the athlete's detail key) refetch together.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: athleteKeys.detail(athleteId) }),
      program ? queryClient.invalidateQueries({ queryKey: calendarKeys.program(program.id) }) : null,
    ]);
  const show = (next: Mode) => {
    setMode(next);
    logRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const bodyweightIds = new Set(
    full?.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions.filter((p) => p.bodyweight).map((p) => p.exerciseId))) ?? [],
  );

  return (
    <div className="grid">
      <div className="page-head">
        <div>
          <h1>Your training</h1>
          <p className="muted" data-testid="athlete-summary">
            Today is {dayLabel(athlete.today, prefs)}
            {program ? ` · ${program.name} · ${program.goal} · ${program.daysPerWeek} days/week` : ''}
            {compliance && compliance.prescribed > 0 ? ` · ${compliance.completed} of ${compliance.prescribed} sessions done so far` : ''}
          </p>
        </div>
      </div>

      {program === null ? (
        <Empty title="No program yet">Your coach has not assigned a program. Sessions you log still count toward your progress.</Empty>
      ) : (
        <Panel title="Calendar" actions={<ProgramExportButtons programId={program.id} />}>
          {detail.isPending ? <Loading label="Loading your calendar" /> : null}
          {detail.error ? <ErrorState error={detail.error} retry={() => void detail.refetch()} /> : null}
          {full ? (
            <ProgramCalendar
              program={full}
              today={athlete.today}
              onLog={(c) => show({ kind: 'log', choice: c, n: Date.now() })}
              invalidate={[athleteKeys.detail(athleteId)]}
            />
          ) : null}
        </Panel>
      )}

      <div ref={logRef} style={{ scrollMarginTop: 12 }}>
        <Panel title={current.kind === 'edit' ? 'Edit a logged session' : 'Log a session'}>
          {program !== null && detail.isPending ? <Loading label="Loading your sessions" /> : null}
          {current.kind === 'saved' ? (
            <LogResult result={current.result} date={current.date} onNext={() => setMode({ kind: 'log', choice: null, n: Date.now() })} />
          ) : null}
          {current.kind === 'log' && (program === null || full !== null) ? (
            <LogSessionForm
              key={`log-${current.n}-${current.choice ? `${current.choice.week}-${current.choice.day}` : 'free'}-${full ? 'p' : 'np'}`}
              athleteId={athlete.id}
              today={athlete.today}
              unit={athlete.unit === 'lbs' ? 'lbs' : 'kg'}
              typicalMin={typicalSessionMinutes(athlete.sessions.sessions)}
              resume={mode === null}
              program={full}
              initial={current.choice ?? (fallback ? { week: fallback.week, day: fallback.day.index } : null)}
              onSaved={async (result, date) => {
                setMode({ kind: 'saved', result, date });
                await refresh();
              }}
            />
          ) : null}
          {current.kind === 'edit' ? (
            <LogSessionForm
              key={`edit-${current.session.id}`}
              athleteId={athlete.id}
              today={athlete.today}
              program={full}
              initial={null}
              editing={{
                sessionId: current.session.id,
                draft: draftFromSession(current.session, bodyweightIds, athlete.unit === 'lbs' ? 'lbs' : 'kg'),
                choice:
                  current.session.programId === full?.id && current.session.week !== null && current.session.day !== null
                    ? { week: current.session.week, day: current.session.day }
                    : null,
              }}
              onSaved={async (result, date) => {
                setMode({ kind: 'saved', result, date });
                await refresh();
              }}
              onCancel={() => setMode(null)}
            />
          ) : null}
        </Panel>
      </div>

      {full ? (
        <Panel title="Coming up">
          <ComingUp program={full} />
        </Panel>
      ) : null}

      <div className="grid grid-2">
        <Panel title="Personal records">
          {athlete.personalRecords.length === 0 ? (
            <p className="muted">No records yet: they appear when you beat your best e1RM or reps at a load.</p>
          ) : (
            <RecordList records={athlete.personalRecords} label="Personal records" />
          )}
        </Panel>
        <Panel title="History">
          <SessionHistory sessions={athlete.sessions.sessions} invalidate={refresh} onEdit={(session) => show({ kind: 'edit', session })} />
        </Panel>
      </div>
    </div>
  );
}
