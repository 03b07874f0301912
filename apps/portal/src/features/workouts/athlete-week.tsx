'use client';

import { useQuery } from '@tanstack/react-query';
import { Empty, ErrorState, Loading, Panel } from '~/components/states';
import { meOptions } from '~/features/auth/auth.queries';
import { programOptions } from '~/features/programs/programs.queries';
import { WeekGrid } from '~/features/programs/week-grid';
import { LogSessionForm } from './log-session-form';
import { currentProgram, todaysSession } from './today';
import { myTrainingOptions } from './workouts.queries';

export function AthleteWeek() {
  const me = useQuery(meOptions());
  const athleteId = me.data?.me.athleteId ?? '';
  const training = useQuery({ ...myTrainingOptions(athleteId), enabled: athleteId !== '' });
  const program = currentProgram(training.data?.athlete?.programs ?? []);
  const detail = useQuery({ ...programOptions(program?.id ?? ''), enabled: program !== null });

  if (me.isPending || (athleteId !== '' && training.isPending)) return <Loading label="Loading your week" />;
  if (me.error) return <ErrorState error={me.error} retry={() => void me.refetch()} />;
  if (athleteId === '') return <Empty title="This account is not linked to an athlete" />;
  if (training.error) return <ErrorState error={training.error} retry={() => void training.refetch()} />;
  const athlete = training.data?.athlete;
  if (!athlete) return <Empty title="Athlete not found" />;
  if (!program)
    return <Empty title="No program yet">Your coach has not assigned a program. Logged sessions still count toward your progress.</Empty>;

  const compliance = athlete.status.compliance?.programId === program.id ? athlete.status.compliance : null;
  const full = detail.data?.program;
  const session = full ? todaysSession(full.weeks, compliance?.completed ?? 0) : null;
  const today = session?.day;
  const week = session?.week.index ?? 0;

  return (
    <div className="grid">
      <div className="page-head">
        <div>
          <h1>This week</h1>
          <p className="muted">
            {program.name} · {program.goal} · {program.daysPerWeek} days/week ·{' '}
            {compliance ? `${compliance.completed} sessions done` : 'not started'}
          </p>
        </div>
      </div>
      <Panel title={today ? `Today · Week ${week + 1}, day ${today.index + 1}: ${today.label}` : 'Today'}>
        {detail.isPending ? <Loading label="Loading today's session" /> : null}
        {detail.error ? <ErrorState error={detail.error} retry={() => void detail.refetch()} /> : null}
        {/* Keyed by program only: logging moves "today" to the next session, and the form must stay mounted to show "Session logged." (its form rows remount after "Log the next session"). */}
        {full && today ? <LogSessionForm key={full.id} athleteId={athlete.id} programId={full.id} day={today} /> : null}
      </Panel>
      <Panel title={`Week ${week + 1} of ${program.weeks.length}`}>
        {full ? <WeekGrid program={full} week={week} editable={false} /> : <Loading />}
      </Panel>
      <Panel title="Recent sessions">
        {athlete.sessions.sessions.length === 0 ? (
          <Empty title="Nothing logged yet" />
        ) : (
          <ul aria-label="Recent sessions">
            {athlete.sessions.sessions.map((x) => (
              <li key={x.id}>
                {x.date} · {x.title ?? 'Session'} · {x.sets} sets
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
